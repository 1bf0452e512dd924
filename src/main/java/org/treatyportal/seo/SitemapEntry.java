package org.treatyportal.seo;

import java.time.Instant;

/**
 * One address of the sitemap.
 *
 * @param path the page's path, starting with {@code /}
 * @param lastModified when the page's content last changed, or {@code null} when unknown
 * (the sitemap then gives no date rather than a wrong one)
 */
public record SitemapEntry(String path, Instant lastModified) {

	/** The later of two instants, either of which may be {@code null}. */
	public static Instant latest(Instant first, Instant second) {
		if (first == null) {
			return second;
		}
		return (second == null || first.isAfter(second)) ? first : second;
	}

}
