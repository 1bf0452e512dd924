/**
 * Whole public pages kept in memory for anonymous visitors and served without rendering,
 * exact through the content generation that the database moves; the HTTP caching headers
 * that let browsers, proxies and CDNs keep them too.
 */
package org.treatyportal.caching;
