package org.treatyportal.caching;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.SQLNonTransientConnectionException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import jakarta.servlet.FilterChain;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;

import org.treatyportal.config.PortalProperties;
import org.treatyportal.support.PortalIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Pages are rendered a few at a time, and the requests beyond wait their turn in the
 * order they came; kept pages, files, uploads and the health check never wait, and
 * neither do requests for an address being rendered, which take that render's page.
 */
@PortalIntegrationTest
class RenderTurnsTests {

	private static final Instant NOW = Instant.parse("2037-04-01T12:00:00Z");

	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	@LocalServerPort
	private int port;

	@Autowired
	private CacheProperties cache;

	@Autowired
	private DataSource dataSource;

	@Autowired
	private PortalProperties properties;

	@Test
	void requestsBeyondTheTurnsWaitAndGoInTheOrderTheyCame() throws Exception {
		RenderTurnsFilter filter = filter(1, new ContentGeneration(new JdbcTemplate(this.dataSource), notThePool(),
				List.of(), this.properties, this.cache));
		CountDownLatch firstIn = new CountDownLatch(1);
		CountDownLatch firstMayEnd = new CountDownLatch(1);
		List<String> rendered = new CopyOnWriteArrayList<>();
		AtomicInteger atOnce = new AtomicInteger();
		AtomicInteger mostAtOnce = new AtomicInteger();
		FilterChain render = (request, response) -> {
			mostAtOnce.accumulateAndGet(atOnce.incrementAndGet(), Math::max);
			String page = ((MockHttpServletRequest) request).getRequestURI();
			rendered.add(page);
			if (page.equals("/first")) {
				firstIn.countDown();
				await(firstMayEnd);
			}
			atOnce.decrementAndGet();
		};
		List<Thread> requests = new ArrayList<>();
		requests.add(started(() -> request(filter, "GET", "/first", render)));
		assertThat(firstIn.await(10, TimeUnit.SECONDS)).isTrue();
		for (String page : List.of("/second", "/third", "/fourth")) {
			Thread waiting = started(() -> request(filter, "GET", page, render));
			requests.add(waiting);
			awaitWaiting(waiting);
		}
		assertThat(rendered).containsExactly("/first");

		firstMayEnd.countDown();
		for (Thread request : requests) {
			request.join(10_000);
		}
		assertThat(rendered).containsExactly("/first", "/second", "/third", "/fourth");
		assertThat(mostAtOnce).hasValue(1);
	}

	@Test
	@Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
	void filesUploadsAndTheHealthCheckNeverWait() throws Exception {
		RenderTurnsFilter filter = filter(1, new ContentGeneration(new JdbcTemplate(this.dataSource), notThePool(),
				List.of(), this.properties, this.cache));
		CountDownLatch firstIn = new CountDownLatch(1);
		CountDownLatch firstMayEnd = new CountDownLatch(1);
		Thread first = started(() -> request(filter, "GET", "/news", (request, response) -> {
			firstIn.countDown();
			await(firstMayEnd);
		}));
		try {
			assertThat(firstIn.await(10, TimeUnit.SECONDS)).isTrue();
			List<String> passed = new ArrayList<>();
			FilterChain record = (request, response) -> passed.add(((MockHttpServletRequest) request).getRequestURI());
			request(filter, "GET", "/actuator/health", record);
			request(filter, "GET", "/documents/convention-185/fr", record);
			request(filter, "GET", "/fr/documents/convention-185/en", record);
			request(filter, "GET", "/attachments/12/statement.pdf", record);
			MockHttpServletRequest upload = new MockHttpServletRequest("POST", "/admin/documents/new");
			upload.setContentType("multipart/form-data; boundary=x");
			filter.doFilter(upload, new MockHttpServletResponse(), record);
			assertThat(passed).containsExactly("/actuator/health", "/documents/convention-185/fr",
					"/fr/documents/convention-185/en", "/attachments/12/statement.pdf", "/admin/documents/new");
		}
		finally {
			firstMayEnd.countDown();
			first.join(10_000);
		}
	}

	@Test
	void aRequestWhoseTurnComesWhileTheDatabaseIsDownAnswersAtOnce() throws Exception {
		JdbcTemplate cut = new JdbcTemplate(this.dataSource) {

			@Override
			public <T> T queryForObject(String sql, Class<T> requiredType, Object... args) {
				throw new DataAccessResourceFailureException("cut",
						new SQLNonTransientConnectionException("Connection refused", "08001"));
			}

		};
		ContentGeneration generation = new ContentGeneration(cut, notThePool(), List.of(), this.properties, this.cache);
		try {
			assertThatThrownBy(() -> generation.current(NOW)).isInstanceOf(DataAccessResourceFailureException.class);
			RenderTurnsFilter filter = filter(1, generation);
			AtomicInteger rendered = new AtomicInteger();

			assertThatThrownBy(() -> filter.doFilter(new MockHttpServletRequest("GET", "/treaties"),
					new MockHttpServletResponse(), (request, response) -> rendered.incrementAndGet()))
				.isInstanceOf(DatabaseFailures.DatabaseDownException.class);
			assertThat(rendered).hasValue(0);
		}
		finally {
			generation.destroy();
		}
	}

	@Test
	void whileEveryTurnIsTakenAKeptPageIsSentAndAPageToRenderWaits() throws Exception {
		assertThat(get("/news").statusCode()).isEqualTo(200);
		int turns = this.cache.renderTurns();
		HeldPageController.hold();
		List<CompletableFuture<HttpResponse<String>>> holding = new ArrayList<>();
		try {
			for (int i = 0; i < turns; i++) {
				holding.add(this.http.sendAsync(request("/test-support/held?n=" + i),
						HttpResponse.BodyHandlers.ofString()));
			}
			long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
			while (HeldPageController.held() < turns && System.nanoTime() < deadline) {
				Thread.sleep(10);
			}
			assertThat(HeldPageController.held()).isEqualTo(turns);

			assertThat(get("/news").statusCode()).as("a kept page").isEqualTo(200);
			CompletableFuture<HttpResponse<String>> toRender = this.http.sendAsync(request("/treaties?turns=" + NOW),
					HttpResponse.BodyHandlers.ofString());
			Thread.sleep(500);
			assertThat(toRender).as("a page to render waits for a turn").isNotDone();

			HeldPageController.release();
			assertThat(toRender.get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
			for (CompletableFuture<HttpResponse<String>> answer : holding) {
				assertThat(answer.get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
			}
		}
		finally {
			HeldPageController.release();
		}
	}

	@Test
	void theSameAddressAskedWhileItRendersWaitsForThatRenderWithoutTakingATurn() throws Exception {
		int turns = this.cache.renderTurns();
		HeldPageController.hold();
		String address = "/held-page?at=" + System.nanoTime();
		List<CompletableFuture<HttpResponse<String>>> asking = new ArrayList<>();
		try {
			for (int i = 0; i <= turns; i++) {
				asking.add(this.http.sendAsync(request(address), HttpResponse.BodyHandlers.ofString()));
			}
			long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
			while (HeldPageController.held() < 1 && System.nanoTime() < deadline) {
				Thread.sleep(10);
			}
			Thread.sleep(300);
			assertThat(HeldPageController.held()).as("renders of the one address").isEqualTo(1);
			assertThat(get("/treaties?asking=" + System.nanoTime()).statusCode())
				.as("another page renders meanwhile: the waiting requests hold no turn")
				.isEqualTo(200);

			HeldPageController.release();
			for (CompletableFuture<HttpResponse<String>> answer : asking) {
				HttpResponse<String> response = answer.get(10, TimeUnit.SECONDS);
				assertThat(response.statusCode()).isEqualTo(200);
				assertThat(response.body()).isEqualTo("released");
			}
			assertThat(HeldPageController.held()).isEqualTo(1);
		}
		finally {
			HeldPageController.release();
		}
	}

	private RenderTurnsFilter filter(int turns, ContentGeneration generation) {
		return new RenderTurnsFilter(new CacheProperties(DataSize.ofMegabytes(64), DataSize.ofMegabytes(2),
				Duration.ofSeconds(60), Duration.ofSeconds(60), Duration.ofDays(1), true, turns,
				this.cache.generationLease(), this.cache.writeBuffer()), generation);
	}

	private static void request(RenderTurnsFilter filter, String method, String address, FilterChain chain) {
		try {
			filter.doFilter(new MockHttpServletRequest(method, address), new MockHttpServletResponse(), chain);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Thread started(Runnable request) {
		Thread thread = new Thread(request);
		thread.start();
		return thread;
	}

	/** Until the thread waits (for its turn). */
	private static void awaitWaiting(Thread thread) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		while (thread.getState() != Thread.State.WAITING && System.nanoTime() < deadline) {
			Thread.sleep(5);
		}
		assertThat(thread.getState()).isEqualTo(Thread.State.WAITING);
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/** The test database, seen as no pool: the shared pool's connections stay. */
	private DataSource notThePool() {
		return new DelegatingDataSource(this.dataSource);
	}

	private HttpRequest request(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).build();
	}

	private HttpResponse<String> get(String path) throws Exception {
		return this.http.send(request(path), HttpResponse.BodyHandlers.ofString());
	}

}
