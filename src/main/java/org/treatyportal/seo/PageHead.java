package org.treatyportal.seo;

/**
 * A page's {@link PageMeta} resolved for the layout: texts in the reader's language,
 * absolute addresses, and the JSON-LD ready to write unescaped.
 *
 * @param siteName {@code og:site_name}
 * @param title {@code og:title}
 * @param description {@code <meta name="description">} and {@code og:description}; never
 * blank
 * @param canonicalUrl {@code <link rel="canonical">} and {@code og:url}, or {@code null}
 * @param type {@code og:type}
 * @param publishedTime {@code article:published_time} (ISO 8601), or {@code null}
 * @param modifiedTime {@code article:modified_time} (ISO 8601), or {@code null}
 * @param indexable {@code false} for {@code <meta name="robots" content="noindex">}
 * @param jsonLd the JSON-LD, with {@code <}, {@code >} and {@code &} escaped, or
 * {@code null}
 */
public record PageHead(String siteName, String title, String description, String canonicalUrl, String type,
		String publishedTime, String modifiedTime, boolean indexable, String jsonLd) {
}
