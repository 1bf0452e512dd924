package org.treatyportal.caching;

import java.sql.Connection;
import java.sql.SQLNonTransientConnectionException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import org.treatyportal.config.PortalProperties;
import org.treatyportal.support.PortalIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The generation check that requests share: one query for everyone who arrived while the
 * previous one ran, and never the answer of a query that began before a request arrived;
 * when the database cannot be reached, no request waits for it twice, and the site finds
 * it back by itself.
 */
@PortalIntegrationTest
class ContentGenerationTests {

	private static final Instant NOW = Instant.parse("2037-03-01T12:00:00Z");

	/** The longest lease allowed: long against anything else a test does. */
	private static final Duration LEASE = Duration.ofSeconds(1);

	@Autowired
	private DataSource dataSource;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private PortalProperties properties;

	@Autowired
	private CacheProperties cache;

	@Autowired
	private PlatformTransactionManager transactions;

	@Test
	void requestsArrivingDuringACheckShareTheNextOneAndSeeWhatWasCommittedBeforeThey() throws Exception {
		CountDownLatch firstRead = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		AtomicInteger queries = new AtomicInteger();
		JdbcTemplate slowFirstQuery = new JdbcTemplate(this.dataSource) {

			@Override
			public <T> T queryForObject(String sql, Class<T> requiredType, Object... args) {
				T value = super.queryForObject(sql, requiredType, args);
				if (queries.incrementAndGet() == 1) {
					firstRead.countDown();
					awaitQuietly(release);
				}
				return value;
			}

		};
		ContentGeneration generation = new ContentGeneration(slowFirstQuery, slowFirstQuery.getDataSource(), List.of(),
				this.properties, this.cache);
		long before = this.jdbc.queryForObject("select value from content_generation", Long.class);
		ExecutorService requests = Executors.newFixedThreadPool(3);
		try {
			Future<ContentGeneration.Snapshot> first = requests.submit(() -> generation.current(NOW));
			assertThat(firstRead.await(10, TimeUnit.SECONDS)).isTrue();

			this.jdbc.update("update content_generation set value = value + 1");
			Future<ContentGeneration.Snapshot> second = requests.submit(() -> generation.current(NOW));
			Future<ContentGeneration.Snapshot> third = requests.submit(() -> generation.current(NOW));
			awaitWaitingForCheck(generation, 2);
			release.countDown();

			assertThat(first.get(10, TimeUnit.SECONDS).generation()).isEqualTo(before);
			assertThat(second.get(10, TimeUnit.SECONDS).generation()).isEqualTo(before + 1);
			assertThat(third.get(10, TimeUnit.SECONDS).generation()).isEqualTo(before + 1);
			assertThat(queries).as("the two later requests shared one check").hasValue(2);
		}
		finally {
			release.countDown();
			requests.shutdownNow();
		}
	}

	@Test
	void requestsThatWaitedForACheckThatFoundTheDatabaseDownDoNotAskItAgain() throws Exception {
		CountDownLatch firstRead = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		AtomicInteger requestQueries = new AtomicInteger();
		AtomicBoolean down = new AtomicBoolean(true);
		JdbcTemplate failingFirstQuery = new JdbcTemplate(this.dataSource) {

			@Override
			public <T> T queryForObject(String sql, Class<T> requiredType, Object... args) {
				if (Thread.currentThread().getName().startsWith("request-") && requestQueries.incrementAndGet() == 1) {
					firstRead.countDown();
					awaitQuietly(release);
				}
				if (down.get()) {
					throw unreachable();
				}
				return super.queryForObject(sql, requiredType, args);
			}

		};
		ContentGeneration generation = new ContentGeneration(failingFirstQuery, notThePool(), List.of(),
				this.properties, this.cache);
		AtomicInteger threads = new AtomicInteger();
		ExecutorService requests = Executors.newFixedThreadPool(3,
				(task) -> new Thread(task, "request-" + threads.incrementAndGet()));
		try {
			Future<ContentGeneration.Snapshot> first = requests.submit(() -> generation.current(NOW));
			assertThat(firstRead.await(10, TimeUnit.SECONDS)).isTrue();
			Future<ContentGeneration.Snapshot> second = requests.submit(() -> generation.current(NOW));
			Future<ContentGeneration.Snapshot> third = requests.submit(() -> generation.current(NOW));
			awaitWaitingForCheck(generation, 2);
			release.countDown();

			for (Future<ContentGeneration.Snapshot> request : List.of(first, second, third)) {
				assertThatThrownBy(() -> request.get(10, TimeUnit.SECONDS))
					.hasCauseInstanceOf(DataAccessResourceFailureException.class);
			}
			assertThat(requestQueries).as("one query for the three requests").hasValue(1);
			assertThat(generation.isDown()).isTrue();
		}
		finally {
			release.countDown();
			down.set(false);
			requests.shutdownNow();
			generation.destroy();
		}
	}

	@Test
	void theDatabaseIsFoundBackWithNoRequestAskingForIt() throws Exception {
		AtomicBoolean down = new AtomicBoolean(true);
		JdbcTemplate cut = new JdbcTemplate(this.dataSource) {

			@Override
			public <T> T queryForObject(String sql, Class<T> requiredType, Object... args) {
				if (down.get()) {
					throw unreachable();
				}
				return super.queryForObject(sql, requiredType, args);
			}

		};
		ContentGeneration generation = new ContentGeneration(cut, notThePool(), List.of(), this.properties, this.cache);
		try {
			assertThatThrownBy(() -> generation.current(NOW)).isInstanceOf(DataAccessResourceFailureException.class);
			assertThat(generation.isDown()).isTrue();
			assertThatThrownBy(() -> generation.current(NOW)).as("no request waits while it is down")
				.isInstanceOf(DatabaseFailures.DatabaseDownException.class);

			down.set(false);
			long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
			while (generation.isDown() && System.nanoTime() < deadline) {
				Thread.sleep(10);
			}
			assertThat(generation.isDown()).isFalse();
			assertThat(generation.current(NOW).generation())
				.isEqualTo(this.jdbc.queryForObject("select value from content_generation", Long.class));
		}
		finally {
			down.set(false);
			generation.destroy();
		}
	}

	@Test
	void withinItsLeaseANodeAsksNothingAndACommitThatMovesTheGenerationWaitsForTheLeaseToEnd() {
		AtomicInteger queries = new AtomicInteger();
		ContentGeneration generation = leasedCountingQueries(queries);
		try {
			long beforeLease = System.nanoTime();
			long before = generation.current(NOW).generation();
			for (int i = 0; i < 50; i++) {
				assertThat(generation.current(NOW).generation()).isEqualTo(before);
			}
			assertThat(queries).as("one query for 51 requests within half of the lease").hasValue(1);

			this.jdbc.update("update content_generation set value = value + 1");
			assertThat(Duration.ofNanos(System.nanoTime() - beforeLease)).as("the commit waited for the lease to end")
				.isGreaterThanOrEqualTo(LEASE);
			assertThat(generation.current(NOW).generation()).isEqualTo(before + 1);
			assertThat(queries).hasValue(2);
		}
		finally {
			generation.destroy();
		}
	}

	@Test
	void aRequestPastHalfOfTheLeaseRenewsIt() throws Exception {
		AtomicInteger queries = new AtomicInteger();
		ContentGeneration generation = leasedCountingQueries(queries);
		try {
			generation.current(NOW);
			Thread.sleep(LEASE.multipliedBy(6).dividedBy(10).toMillis());
			generation.current(NOW);
			assertThat(queries).as("renewed past half of the lease").hasValue(2);
			assertThat(this.jdbc.queryForObject("""
					select count(*) from content_lease
					where valid_until > clock_timestamp() + interval '600 milliseconds'""", Integer.class))
				.as("the renewed lease ends later than the first, which had at most 400 ms left")
				.isEqualTo(1);
		}
		finally {
			generation.destroy();
		}
	}

	@Test
	void aLeaseTakenWhileACommitMovesTheGenerationWaitsForItAndReadsWhatItCommitted() throws Exception {
		ContentGeneration generation = new ContentGeneration(new JdbcTemplate(this.dataSource), notThePool(), List.of(),
				this.properties, withLease(LEASE));
		ExecutorService requests = Executors.newSingleThreadExecutor();
		try (Connection writer = this.dataSource.getConnection()) {
			writer.setAutoCommit(false);
			long before;
			try (Statement statement = writer.createStatement()) {
				// What a commit that moves the generation does first (migration V114),
				// taken early here to hold the commit open.
				statement.execute("lock table content_lease in exclusive mode");
				statement.executeUpdate("update content_generation set value = value + 1");
				before = this.jdbc.queryForObject("select value from content_generation", Long.class);
			}
			Future<ContentGeneration.Snapshot> request = requests.submit(() -> generation.current(NOW));
			awaitWaitingForLock();
			assertThat(request).isNotDone();

			writer.commit();
			assertThat(request.get(10, TimeUnit.SECONDS).generation()).isGreaterThan(before);
		}
		finally {
			requests.shutdownNow();
			generation.destroy();
		}
	}

	@Test
	void inATransactionTheGenerationIsReadWithNoLease() {
		ContentGeneration generation = new ContentGeneration(new JdbcTemplate(this.dataSource), notThePool(), List.of(),
				this.properties, withLease(LEASE));
		TransactionTemplate readOnly = new TransactionTemplate(this.transactions);
		readOnly.setReadOnly(true);
		try {
			Long inReadOnly = readOnly.execute((status) -> generation.current(NOW).generation());
			assertThat(inReadOnly)
				.isEqualTo(this.jdbc.queryForObject("select value from content_generation", Long.class));
			new TransactionTemplate(this.transactions).executeWithoutResult((rolledBack) -> {
				generation.current(NOW);
				rolledBack.setRollbackOnly();
			});

			long started = System.nanoTime();
			this.jdbc.update("update content_generation set value = value + 1");
			assertThat(Duration.ofNanos(System.nanoTime() - started)).as("no lease to wait for")
				.isLessThan(LEASE.dividedBy(2));
			Long next = readOnly.execute((status) -> generation.current(NOW).generation());
			assertThat(next).isEqualTo(inReadOnly + 1);
		}
		finally {
			generation.destroy();
		}
	}

	@Test
	void aCommitAtRepeatableReadWaitsForTheLongestLease() throws Exception {
		try (Connection writer = this.dataSource.getConnection()) {
			writer.setAutoCommit(false);
			writer.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
			try (Statement statement = writer.createStatement()) {
				statement.executeUpdate("update content_generation set value = value + 1");
			}
			long started = System.nanoTime();
			writer.commit();
			assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
		}
	}

	@Test
	void aNodeThatStopsGivesItsLeaseBack() {
		ContentGeneration generation = new ContentGeneration(new JdbcTemplate(this.dataSource), notThePool(), List.of(),
				this.properties, withLease(LEASE));
		generation.current(NOW);
		generation.destroy();

		long started = System.nanoTime();
		this.jdbc.update("update content_generation set value = value + 1");
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(LEASE.dividedBy(2));
	}

	/** A node with the longest lease, whose queries are counted. */
	private ContentGeneration leasedCountingQueries(AtomicInteger queries) {
		JdbcTemplate counted = new JdbcTemplate(this.dataSource) {

			@Override
			public <T> T queryForObject(String sql, Class<T> requiredType, Object... args) {
				queries.incrementAndGet();
				return super.queryForObject(sql, requiredType, args);
			}

		};
		return new ContentGeneration(counted, notThePool(), List.of(), this.properties, withLease(LEASE));
	}

	/** The test's settings with another lease. */
	private CacheProperties withLease(Duration lease) {
		return new CacheProperties(this.cache.maxSize(), this.cache.maxPageSize(), this.cache.maxAge(),
				this.cache.staleWhileRevalidate(), this.cache.staleIfError(), this.cache.hashStaticFiles(),
				this.cache.rendersAtOnce(), lease, this.cache.writeBuffer());
	}

	/** Waits until a session waits for the lock of the lease table. */
	private void awaitWaitingForLock() throws InterruptedException {
		String waiting = """
				select count(*) from pg_locks l join pg_class c on c.oid = l.relation
				where c.relname = 'content_lease' and not l.granted""";
		for (int i = 0; i < 1000 && this.jdbc.queryForObject(waiting, Integer.class) == 0; i++) {
			Thread.sleep(10);
		}
		assertThat(this.jdbc.queryForObject(waiting, Integer.class)).isEqualTo(1);
	}

	/** The test database, seen as no pool: the shared pool's connections stay. */
	private DataSource notThePool() {
		return new DelegatingDataSource(this.dataSource);
	}

	private static DataAccessResourceFailureException unreachable() {
		return new DataAccessResourceFailureException("cut",
				new SQLNonTransientConnectionException("Connection refused", "08001"));
	}

	private static void awaitWaitingForCheck(ContentGeneration generation, int requests) throws InterruptedException {
		for (int i = 0; i < 1000 && generation.waitingForCheck() < requests; i++) {
			Thread.sleep(10);
		}
		assertThat(generation.waitingForCheck()).isEqualTo(requests);
	}

	private static void awaitQuietly(CountDownLatch latch) {
		try {
			latch.await(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
