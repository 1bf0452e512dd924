package org.treatyportal.seo;

import java.time.Instant;

import org.treatyportal.web.ContentVersions;

/**
 * One address of the sitemap.
 *
 * @param path the page's path, starting with {@code /}
 * @param lastModified when the page's content last changed, or {@code null} when unknown
 * (the sitemap then gives no date rather than a wrong one)
 * @param versions for an item whose address differs between languages (a translated
 * slug), its address in each and the languages it really has a version in, which alone
 * are listed; {@code null} for a page that is the same address behind every language
 * prefix
 */
public record SitemapEntry(String path, Instant lastModified, ContentVersions versions) {

	/** A page that is the same address behind every language prefix. */
	public SitemapEntry(String path, Instant lastModified) {
		this(path, lastModified, null);
	}

	/** The later of two instants, either of which may be {@code null}. */
	public static Instant latest(Instant first, Instant second) {
		if (first == null) {
			return second;
		}
		return (second == null || first.isAfter(second)) ? first : second;
	}

}
