package org.treatyportal.search;

import java.util.List;

import org.springframework.data.domain.Page;

/**
 * The answer to a search: a page of hits, or why there is none.
 *
 * @param hits the page of results
 * @param noWords whether the query had no word that can be searched (only stop-words or
 * punctuation)
 * @param suggestion a corrected query when nothing matched, or {@code null}
 * @param more whether more items match than are counted and shown
 * ({@link SearchService#MAX_RESULTS})
 */
public record SearchResults(Page<SearchHit> hits, boolean noWords, String suggestion, boolean more) {

	/** Results that are all counted. */
	public SearchResults(Page<SearchHit> hits, boolean noWords, String suggestion) {
		this(hits, noWords, suggestion, false);
	}

	/** The types that can be searched, for the filter. */
	public static List<String> types(List<SearchSource> sources) {
		return sources.stream().map(SearchSource::type).toList();
	}

}
