package org.treatyportal.caching;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

import org.treatyportal.TreatyPortalApplication;
import org.treatyportal.database.EmbeddedPostgres;
import org.treatyportal.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * While PostgreSQL cannot be reached, kept pages are still served, everything else
 * answers 503 at once with the friendly page, health says DOWN within two seconds, and
 * everything works again as soon as the database is back, with no request failing first.
 * The site runs in its own context, reaching the test database through a proxy the test
 * cuts.
 */
class DatabaseOutageTests {

	private static CuttableProxy proxy;

	private static ConfigurableApplicationContext site;

	private static int port;

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	@BeforeAll
	static void start() throws IOException {
		EmbeddedPostgres postgres = TestDatabase.server();
		proxy = new CuttableProxy(postgres.port());
		SpringApplication application = new SpringApplication(TreatyPortalApplication.class);
		application.addInitializers((context) -> context.getEnvironment()
			.getPropertySources()
			.addFirst(new MapPropertySource("throughProxy", Map.of("spring.datasource.url",
					postgres.jdbcUrl().replace(":" + postgres.port() + "/", ":" + proxy.port() + "/")))));
		site = application.run("--server.port=0", "--portal.security.require-two-factor-for-admins=false",
				"--spring.datasource.hikari.connection-timeout=1000");
		port = Integer.parseInt(site.getEnvironment().getProperty("local.server.port"));
	}

	@AfterAll
	static void stop() throws IOException {
		if (site != null) {
			site.close();
		}
		proxy.close();
	}

	@Test
	void keptPagesAnswerWhileTheDatabaseIsDownAndTheRestSays503() throws Exception {
		assertThat(get("/news").statusCode()).isEqualTo(200);
		assertThat(get("/actuator/health").statusCode()).isEqualTo(200);

		proxy.cut();
		try {
			long start = System.nanoTime();
			HttpResponse<String> kept = get("/news");
			HttpResponse<String> notKept = get("/treaties");
			HttpResponse<String> api = get("/api/news");
			assertThat(kept.statusCode()).isEqualTo(200);
			assertThat(kept.body()).contains("<h1");
			assertThat(notKept.statusCode()).isEqualTo(503);
			assertThat(notKept.headers().firstValue("Retry-After")).hasValue("30");
			assertThat(notKept.body()).contains("Temporarily unavailable");
			assertThat(notKept.headers().firstValue("Content-Security-Policy")).isPresent();
			assertThat(api.statusCode()).isEqualTo(503);
			assertThat(api.body()).contains("\"status\":503");
			assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(2500));
			for (String path : new String[] { "/news", "/treaties", "/actuator/health" }) {
				long each = System.nanoTime();
				HttpResponse<String> response = get(path);
				assertThat(Duration.ofNanos(System.nanoTime() - each)).as(path).isLessThan(Duration.ofMillis(1500));
				assertThat(response.statusCode()).as(path).isEqualTo(path.equals("/news") ? 200 : 503);
			}
			long health = System.nanoTime();
			HttpResponse<String> down = get("/actuator/health");
			assertThat(Duration.ofNanos(System.nanoTime() - health)).isLessThan(Duration.ofSeconds(2));
			assertThat(down.statusCode()).isEqualTo(503);
			assertThat(down.body()).contains("DOWN");
		}
		finally {
			proxy.restore();
		}

		// The site finds the database back by itself: the first requests after that, all
		// at once, are answered as before the outage.
		ContentGeneration generation = site.getBean(ContentGeneration.class);
		long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
		while (generation.isDown() && System.nanoTime() < deadline) {
			Thread.sleep(20);
		}
		assertThat(generation.isDown()).as("found back with no request").isFalse();
		List<CompletableFuture<HttpResponse<String>>> first = IntStream.rangeClosed(1, 8)
			.mapToObj((i) -> this.http.sendAsync(request("/treaties?n=" + i), HttpResponse.BodyHandlers.ofString()))
			.toList();
		for (CompletableFuture<HttpResponse<String>> response : first) {
			assertThat(response.get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
		}
		assertThat(get("/events").statusCode()).isEqualTo(200);
		assertThat(get("/actuator/health").statusCode()).isEqualTo(200);
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return this.http.send(request(path), HttpResponse.BodyHandlers.ofString());
	}

	private static HttpRequest request(String path) {
		return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.timeout(Duration.ofSeconds(10))
			.build();
	}

}
