/**
 * Links between features' pages: a treaty page and a country profile list the events and
 * documents about them through {@link RelatedContent} beans that those features
 * implement, keyed by treaty number and country code. Neutral, so that it imports no
 * feature.
 */
package org.treatyportal.related;
