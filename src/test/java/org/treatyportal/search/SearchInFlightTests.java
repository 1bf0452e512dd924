package org.treatyportal.search;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;

import org.treatyportal.news.TestArticles;
import org.treatyportal.support.MutableClock;
import org.treatyportal.support.PortalIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same search asked while it runs waits for it and takes its answer, rather than
 * searching too.
 */
@PortalIntegrationTest
class SearchInFlightTests {

	private static final Instant NOW = Instant.parse("2036-07-01T12:00:00Z");

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private TestArticles articles;

	@Autowired
	private MutableClock clock;

	@Autowired
	private SearchServices services;

	@AfterEach
	void cleanUp() {
		this.jdbc.update("delete from article where title like 'Bandicootia%'");
	}

	@Test
	void theSameSearchAskedWhileItRunsWaitsForItsAnswer() throws Exception {
		this.articles.news("Bandicootia meets").publishedAt(NOW.minusSeconds(60)).save();
		this.clock.setInstant(NOW);
		CountingJdbc counting = new CountingJdbc(this.jdbc);
		SearchService search = this.services.with(counting, Map.of("portal.search.cached-results", "10"));

		searchSixAtOnce(search, "Bandicootia meets");
		assertThat(counting.ranked()).isEqualTo(1);
	}

	/**
	 * Six searches for "bandicootia" at the same instant, each answered with the one
	 * title.
	 */
	private static void searchSixAtOnce(SearchService search, String title) throws Exception {
		int searches = 6;
		ExecutorService threads = Executors.newFixedThreadPool(searches);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<SearchResults>> answers = new ArrayList<>();
			for (int i = 0; i < searches; i++) {
				answers.add(threads.submit(() -> {
					start.await();
					return search.search(new SearchQuery("bandicootia", null, null, null, null), "en", 0);
				}));
			}
			start.countDown();
			for (Future<SearchResults> answer : answers) {
				assertThat(answer.get(30, TimeUnit.SECONDS).hits().getContent()).extracting(SearchHit::title)
					.containsExactly(title);
			}
		}
		finally {
			threads.shutdownNow();
		}
	}

	/**
	 * Counts the rankings; each takes a while, so that the searches asked at the same
	 * instant overlap.
	 */
	private static final class CountingJdbc extends NamedParameterJdbcTemplate {

		private final AtomicInteger ranked = new AtomicInteger();

		CountingJdbc(JdbcTemplate jdbc) {
			super(jdbc);
		}

		@Override
		public <T> List<T> query(String sql, SqlParameterSource parameters, RowMapper<T> rows) {
			if (sql.contains("true as headed")) {
				this.ranked.incrementAndGet();
			}
			try {
				Thread.sleep(200);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
			return super.query(sql, parameters, rows);
		}

		int ranked() {
			return this.ranked.get();
		}

	}

}
