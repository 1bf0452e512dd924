package org.treatyportal.web;

import java.util.List;
import java.util.Map;

/**
 * Where one item (a news item, an event, a page) lives in each of the site's languages,
 * for the header's language switch, {@code hreflang}, the canonical address and Open
 * Graph. A translation may have its own slug, so the item's address in another language
 * is not the current address behind another prefix (ADR 18).
 *
 * @param shown the language of the text the page shows: the page's own, or the original's
 * where the item has no version in the page's language
 * @param paths the item's address, without language prefix, in every site language: its
 * version's own where it has one, else the original's (which shows the original with a
 * notice)
 * @param versions the languages the item really has a version in, its original first: the
 * only ones {@code hreflang} announces
 */
public record ContentVersions(String shown, Map<String, String> paths, List<String> versions) {

	public ContentVersions {
		paths = Map.copyOf(paths);
		versions = List.copyOf(versions);
	}

	/** The item's address, without language prefix, in a language. */
	public String path(String language) {
		String path = this.paths.get(language);
		return (path != null) ? path : this.paths.get(this.shown);
	}

	/** Whether the item has a version of its own in the language. */
	public boolean has(String language) {
		return this.versions.contains(language);
	}

	/** The language the item was written in. */
	public String original() {
		return this.versions.get(0);
	}

}
