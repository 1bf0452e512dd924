package org.treatyportal.search;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The result pages of recent searches, the least recently used dropped first. A page is
 * given back only for the search generation it was found in, and only between the instant
 * it was found at and the next scheduled publication after it, so a cached page is never
 * older than the content.
 */
final class SearchResultsCache {

	private final int capacity;

	private final Map<Key, Entry> entries;

	SearchResultsCache(int capacity) {
		this.capacity = capacity;
		this.entries = new LinkedHashMap<>(16, 0.75f, true) {

			@Override
			protected boolean removeEldestEntry(Map.Entry<Key, Entry> eldest) {
				return size() > SearchResultsCache.this.capacity;
			}

		};
	}

	boolean isOff() {
		return this.capacity == 0;
	}

	/**
	 * The page found for {@code key} in {@code generation}, if still current at
	 * {@code now}.
	 */
	synchronized SearchResults get(Key key, long generation, Instant now) {
		Entry entry = this.entries.get(key);
		if (entry == null) {
			return null;
		}
		if (!entry.isCurrent(generation, now)) {
			this.entries.remove(key);
			return null;
		}
		return entry.results();
	}

	/**
	 * Keeps a page found in {@code generation} at {@code foundAt}, good until
	 * {@code validUntil} (the next scheduled publication, or {@code null} when there is
	 * none).
	 */
	synchronized void put(Key key, SearchResults results, long generation, Instant foundAt, Instant validUntil) {
		this.entries.put(key, new Entry(results, generation, foundAt, validUntil));
	}

	/** A search, the language searched and the page of its results. */
	record Key(SearchQuery query, String language, int page) {
	}

	private record Entry(SearchResults results, long generation, Instant foundAt, Instant validUntil) {

		boolean isCurrent(long currentGeneration, Instant now) {
			return this.generation == currentGeneration && !now.isBefore(this.foundAt)
					&& (this.validUntil == null || now.isBefore(this.validUntil));
		}

	}

}
