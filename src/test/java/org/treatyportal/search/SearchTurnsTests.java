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
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.transaction.PlatformTransactionManager;

import org.treatyportal.config.PortalProperties;
import org.treatyportal.news.TestArticles;
import org.treatyportal.support.MutableClock;
import org.treatyportal.support.PortalIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Searches read the database a few at a time ({@code portal.search.at-once}); the others
 * wait their turn and are answered all the same.
 */
@PortalIntegrationTest
class SearchTurnsTests {

	private static final Instant NOW = Instant.parse("2036-07-01T12:00:00Z");

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private TestArticles articles;

	@Autowired
	private MutableClock clock;

	@Autowired
	private List<SearchSource> sources;

	@Autowired
	private List<SearchFilter> filters;

	@Autowired
	private PlatformTransactionManager transactions;

	@AfterEach
	void cleanUp() {
		this.jdbc.update("delete from article where title like 'Bandicootia%'");
	}

	@Test
	void searchesBeyondTheLimitWaitTheirTurnAndAreAnswered() throws Exception {
		this.articles.news("Bandicootia signs").publishedAt(NOW.minusSeconds(60)).save();
		this.clock.setInstant(NOW);
		CountingJdbc counting = new CountingJdbc(this.jdbc);
		SearchService search = service(counting,
				Map.of("portal.search.at-once", "2", "portal.search.cached-results", "0"));

		searchSixAtOnce(search, "Bandicootia signs");
		assertThat(counting.mostAtOnce()).isEqualTo(2);
	}

	@Test
	void theSameSearchAskedWhileItRunsWaitsForItsAnswer() throws Exception {
		this.articles.news("Bandicootia meets").publishedAt(NOW.minusSeconds(60)).save();
		this.clock.setInstant(NOW);
		CountingJdbc counting = new CountingJdbc(this.jdbc);
		SearchService search = service(counting, Map.of("portal.search.cached-results", "10"));

		searchSixAtOnce(search, "Bandicootia meets");
		assertThat(counting.ranked()).isEqualTo(1);
	}

	private SearchService service(CountingJdbc jdbc, Map<String, String> settings) {
		PortalProperties properties = new Binder(new MapConfigurationPropertySource(settings)).bindOrCreate("portal",
				PortalProperties.class);
		return new SearchService(jdbc, this.sources, this.filters, this.clock, properties, this.transactions);
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
	 * Counts the searches ranking at the same time; each takes a while, so that they
	 * would all overlap if nothing held them back.
	 */
	private static final class CountingJdbc extends NamedParameterJdbcTemplate {

		private final AtomicInteger now = new AtomicInteger();

		private final AtomicInteger most = new AtomicInteger();

		private final AtomicInteger ranked = new AtomicInteger();

		CountingJdbc(JdbcTemplate jdbc) {
			super(jdbc);
		}

		@Override
		public <T> List<T> query(String sql, SqlParameterSource parameters, RowMapper<T> rows) {
			if (sql.contains("true as headed")) {
				this.ranked.incrementAndGet();
			}
			this.most.accumulateAndGet(this.now.incrementAndGet(), Math::max);
			try {
				Thread.sleep(200);
				return super.query(sql, parameters, rows);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
			finally {
				this.now.decrementAndGet();
			}
		}

		int mostAtOnce() {
			return this.most.get();
		}

		int ranked() {
			return this.ranked.get();
		}

	}

}
