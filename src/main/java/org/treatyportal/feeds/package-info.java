/**
 * Atom feeds, one {@link FeedSource} bean per feed.
 */
package org.treatyportal.feeds;
