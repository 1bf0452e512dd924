package org.treatyportal.search;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.data.domain.Page;

import static org.assertj.core.api.Assertions.assertThat;

class SearchResultsCacheTests {

	private static final Instant FOUND = Instant.parse("2030-01-01T10:00:00Z");

	private static final Instant SCHEDULED = FOUND.plusSeconds(600);

	private final SearchResultsCache cache = new SearchResultsCache(2);

	private final SearchResults results = new SearchResults(Page.empty(), false, "suggestion");

	@Test
	void givesBackAPageOnlyForItsGenerationAndBetweenItsInstantAndTheNextPublication() {
		SearchResultsCache.Key key = key("octopus");
		this.cache.put(key, this.results, 7, FOUND, SCHEDULED);

		assertThat(this.cache.get(key, 7, FOUND)).isSameAs(this.results);
		assertThat(this.cache.get(key, 7, SCHEDULED.minusMillis(1))).isSameAs(this.results);
		assertThat(this.cache.get(key("other"), 7, FOUND)).isNull();
		assertThat(this.cache.get(key, 7, FOUND.minusMillis(1))).isNull();
		assertThat(this.cache.get(key, 8, FOUND)).isNull();
		this.cache.put(key, this.results, 7, FOUND, SCHEDULED);
		assertThat(this.cache.get(key, 7, SCHEDULED)).isNull();
	}

	@Test
	void withNothingScheduledAPageLastsUntilTheNextChange() {
		SearchResultsCache.Key key = key("octopus");
		this.cache.put(key, this.results, 7, FOUND, null);

		assertThat(this.cache.get(key, 7, FOUND.plusSeconds(365L * 24 * 3600))).isSameAs(this.results);
	}

	@Test
	void dropsTheLeastRecentlyUsedPage() {
		this.cache.put(key("a"), this.results, 1, FOUND, null);
		this.cache.put(key("b"), this.results, 1, FOUND, null);
		this.cache.get(key("a"), 1, FOUND);
		this.cache.put(key("c"), this.results, 1, FOUND, null);

		assertThat(this.cache.get(key("a"), 1, FOUND)).isNotNull();
		assertThat(this.cache.get(key("b"), 1, FOUND)).isNull();
		assertThat(this.cache.get(key("c"), 1, FOUND)).isNotNull();
	}

	@Test
	void pagesFiltersAndLanguagesAreDifferentSearches() {
		this.cache.put(new SearchResultsCache.Key(new SearchQuery("octopus", null, null, null, null), "en", 0),
				this.results, 1, FOUND, null);

		assertThat(this.cache
			.get(new SearchResultsCache.Key(new SearchQuery(" octopus ", null, null, null, null), "en", 0), 1, FOUND))
			.isSameAs(this.results);
		assertThat(this.cache
			.get(new SearchResultsCache.Key(new SearchQuery("octopus", null, null, null, null), "en", 1), 1, FOUND))
			.isNull();
		assertThat(this.cache
			.get(new SearchResultsCache.Key(new SearchQuery("octopus", "news", null, null, null), "en", 0), 1, FOUND))
			.isNull();
		assertThat(this.cache
			.get(new SearchResultsCache.Key(new SearchQuery("octopus", null, 2008, null, null), "en", 0), 1, FOUND))
			.isNull();
		assertThat(this.cache
			.get(new SearchResultsCache.Key(new SearchQuery("octopus", null, null, null, null), "fr", 0), 1, FOUND))
			.isNull();
	}

	@Test
	void sizeZeroIsOff() {
		assertThat(new SearchResultsCache(0).isOff()).isTrue();
		assertThat(this.cache.isOff()).isFalse();
	}

	private static SearchResultsCache.Key key(String q) {
		return new SearchResultsCache.Key(new SearchQuery(q, null, null, null, null), "en", 0);
	}

}
