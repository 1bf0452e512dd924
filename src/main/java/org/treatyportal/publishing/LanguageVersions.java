package org.treatyportal.publishing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.treatyportal.web.ContentVersions;

/**
 * How the public site finds an item by an address in one language and links its other
 * languages: each language's version answers to its own slug, an address carrying another
 * version's slug leads to the right one, and an item without a version in a language is
 * shown there in its original (ADR 18).
 */
public final class LanguageVersions {

	private LanguageVersions() {
	}

	/**
	 * Of the items that answer to a slug in some language, the one the address means: the
	 * one whose version in the page's language has this slug, else any other (whose
	 * address in the page's language the caller then redirects to).
	 * @param candidates visible items having the slug as their original's or a
	 * translation's
	 * @param language the page's language
	 * @param slug the slug of the address
	 */
	public static <E extends EditableContent> Optional<E> match(Collection<E> candidates, String language,
			String slug) {
		return candidates.stream()
			.filter((item) -> item.in(language).slug().equals(slug))
			.findFirst()
			.or(() -> candidates.stream().findFirst());
	}

	/**
	 * The items found by their own slug, then those found by a translation's, each once:
	 * two indexed lookups, where one condition over both tables would read every item.
	 * @param <E> the type of content
	 * @param own the items whose original has the slug
	 * @param translated the items one of whose translations has it
	 * @return both, without repeats, in that order
	 */
	public static <E> List<E> foundBySlug(List<E> own, List<E> translated) {
		Set<E> found = new LinkedHashSet<>(own);
		found.addAll(translated);
		return List.copyOf(found);
	}

	/**
	 * Whether the address's slug is the item's own in the page's language; when not, the
	 * page answers with a permanent redirect to {@code item.in(language).slug()}.
	 */
	public static boolean isCurrent(EditableContent item, String language, String slug) {
		return item.in(language).slug().equals(slug);
	}

	/**
	 * An item's addresses in every site language from its slugs alone, for lists of
	 * addresses such as the sitemap; the text shown is the original's.
	 * @param original the language of the original
	 * @param originalSlug the original's slug
	 * @param translationSlugs each translation's slug, by language
	 * @param siteLanguages the site's languages
	 * @param path the address, without language prefix, of a slug
	 */
	public static ContentVersions of(String original, String originalSlug, Map<String, String> translationSlugs,
			List<String> siteLanguages, Function<String, String> path) {
		Map<String, String> paths = new LinkedHashMap<>();
		List<String> versions = new ArrayList<>();
		versions.add(original);
		for (String tag : siteLanguages) {
			String slug = tag.equals(original) ? originalSlug : translationSlugs.get(tag);
			if (slug != null && !tag.equals(original)) {
				versions.add(tag);
			}
			paths.put(tag, path.apply((slug != null) ? slug : originalSlug));
		}
		paths.putIfAbsent(original, path.apply(originalSlug));
		return new ContentVersions(original, paths, versions);
	}

	/**
	 * The item's addresses in every site language, for the page that shows it in one.
	 * @param item the item
	 * @param language the page's language
	 * @param siteLanguages the site's languages
	 * @param path the address, without language prefix, of a slug (such as
	 * {@code "/news/" + slug})
	 */
	public static ContentVersions of(EditableContent item, String language, List<String> siteLanguages,
			Function<String, String> path) {
		Map<String, String> paths = new LinkedHashMap<>();
		for (String tag : siteLanguages) {
			paths.put(tag, path.apply(item.in(tag).slug()));
		}
		List<String> versions = item.languages().stream().filter(siteLanguages::contains).toList();
		if (versions.isEmpty()) {
			versions = List.of(item.getLanguage());
			paths.putIfAbsent(item.getLanguage(), path.apply(item.getSlug()));
		}
		return new ContentVersions(item.in(language).language(), paths, versions);
	}

}
