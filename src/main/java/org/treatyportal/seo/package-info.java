/**
 * For search engines: page metadata and JSON-LD ({@link PageMeta}), the sitemap over
 * every {@link SitemapSource} bean, and robots.txt.
 */
package org.treatyportal.seo;
