package org.treatyportal.cluster;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.flywaydb.core.Flyway;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.security.crypto.password.PasswordEncoder;

import org.treatyportal.TreatyPortalApplication;
import org.treatyportal.database.EmbeddedPostgres;
import org.treatyportal.support.TestDatabase;
import org.treatyportal.users.TestUsers;
import org.treatyportal.users.User;
import org.treatyportal.users.UserRepository;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two nodes of the application, A and B, on one PostgreSQL, as behind a load balancer
 * that sends each request wherever it likes: they start together on an empty database,
 * and a browser's session, its endings and published content are the same on both. The
 * nodes run the main code only (no test configuration) and speak real HTTP, so sessions
 * go through Spring Session to PostgreSQL.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterTests {

	private static final String DATABASE = "cluster_tests_" + UUID.randomUUID().toString().substring(0, 8);

	private static final String ADMIN_EMAIL = "admin@cluster.test";

	private static final String ADMIN_PASSWORD = "two nodes one database";

	private static Node a;

	private static Node b;

	private static JdbcClient jdbc;

	private static TestUsers users;

	@BeforeAll
	static void startTwoNodesTogetherOnAnEmptyDatabase() throws Exception {
		EmbeddedPostgres server = TestDatabase.server();
		JdbcClient.create(new DriverManagerDataSource(server.jdbcUrl(), server.username(), server.password()))
			.sql("create database " + DATABASE)
			.update();
		jdbc = JdbcClient
			.create(new DriverManagerDataSource(TestDatabase.jdbcUrl(DATABASE), server.username(), server.password()));
		ExecutorService starter = Executors.newFixedThreadPool(2);
		try {
			CountDownLatch loggingOfA = new CountDownLatch(1);
			Future<Node> startingA = starter.submit(() -> Node.start("0s", loggingOfA::countDown));
			loggingOfA.await(2, TimeUnit.MINUTES);
			Future<Node> startingB = starter.submit(() -> Node.start("3s", () -> {
			}));
			a = startingA.get();
			b = startingB.get();
		}
		finally {
			starter.shutdown();
		}
		users = new TestUsers(a.context.getBean(UserRepository.class), a.context.getBean(PasswordEncoder.class), jdbc);
	}

	@AfterAll
	static void stopTheNodesAndDropTheirDatabase() {
		for (Node node : new Node[] { a, b }) {
			if (node != null) {
				node.context.close();
			}
		}
		EmbeddedPostgres server = TestDatabase.server();
		JdbcClient.create(new DriverManagerDataSource(server.jdbcUrl(), server.username(), server.password()))
			.sql("drop database if exists " + DATABASE + " with (force)")
			.update();
	}

	@Test
	@Order(1)
	void nodesStartingTogetherMigrateOnceAndLoadTheDemoContentOnce() throws Exception {
		long demoScripts = countMigrationFiles("demo", "R__");
		assertThat(a.context.getBean(Flyway.class).info().pending()).isEmpty();
		assertThat(jdbc.sql("select count(*) from flyway_schema_history where not success").query(Long.class).single())
			.isZero();
		assertThat(jdbc
			.sql("select count(*) - count(distinct version) from flyway_schema_history where version is not null")
			.query(Long.class)
			.single()).isZero();
		assertThat(jdbc.sql("select count(*) from flyway_schema_history where version is null and success")
			.query(Long.class)
			.single()).isEqualTo(demoScripts);
		assertThat(jdbc.sql("select count(*) from article where title like 'Azerbaijan signs%'")
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from app_user where role = 'ADMIN'").query(Long.class).single())
			.isEqualTo(1);
		assertThat(new Visitor().get(a, "/news").statusCode()).isEqualTo(200);
		assertThat(new Visitor().get(b, "/news").statusCode()).isEqualTo(200);
	}

	@Test
	void signedInOnOneNodeUsesTheAdminOnTheOther() throws Exception {
		User editor = users.editor();
		Visitor browser = new Visitor();
		browser.signIn(a, editor.getEmail(), TestUsers.PASSWORD);

		assertThat(browser.get(b, "/admin").statusCode()).isEqualTo(200);
		HttpResponse<String> saved = browser.post(b, "/admin/news",
				Map.of("title", "Written on node B 4471", "summary", "From B", "action", "save"));
		assertThat(saved.statusCode()).isEqualTo(302);
		assertThat(browser.get(a, location(saved)).body()).contains("Written on node B 4471");
	}

	@Test
	void signingOutOnOneNodeEndsTheSessionOnTheOther() throws Exception {
		Visitor browser = new Visitor();
		browser.signIn(a, users.editor().getEmail(), TestUsers.PASSWORD);
		assertThat(browser.get(b, "/admin").statusCode()).isEqualTo(200);

		assertThat(location(browser.post(a, "/logout", Map.of()))).isEqualTo("/login?logout");

		assertThat(location(browser.get(b, "/admin"))).endsWith("/login");
	}

	@Test
	void disablingAnAccountOnOneNodeEndsItsSessionOnTheOtherAtOnce() throws Exception {
		User editor = users.editor();
		Visitor editorBrowser = new Visitor();
		editorBrowser.signIn(b, editor.getEmail(), TestUsers.PASSWORD);
		Visitor admin = signedInAdmin(a);

		assertThat(location(admin.post(a, "/admin/users/" + editor.getId() + "/disable",
				Map.of("version", String.valueOf(editor.getVersion()), "confirmed", "true"))))
			.isEqualTo("/admin/users/" + editor.getId());

		assertThat(location(editorBrowser.get(b, "/admin"))).endsWith("/login");
	}

	@Test
	void newPasswordOnOneNodeEndsTheOtherSessionsOnEveryNode() throws Exception {
		User editor = users.editor();
		Visitor laptop = new Visitor();
		laptop.signIn(a, editor.getEmail(), TestUsers.PASSWORD);
		Visitor phone = new Visitor();
		phone.signIn(b, editor.getEmail(), TestUsers.PASSWORD);

		String newPassword = "a new password for two nodes";
		assertThat(location(laptop.post(a, "/admin/account/password", Map.of("currentPassword", TestUsers.PASSWORD,
				"newPassword", newPassword, "repeatPassword", newPassword))))
			.isEqualTo("/admin/account");

		assertThat(laptop.get(b, "/admin").statusCode()).isEqualTo(200);
		assertThat(location(phone.get(b, "/admin"))).endsWith("/login");
	}

	@Test
	void newRoleOnOneNodeEndsTheSessionOnTheOther() throws Exception {
		User editor = users.editor();
		Visitor editorBrowser = new Visitor();
		editorBrowser.signIn(b, editor.getEmail(), TestUsers.PASSWORD);
		Visitor admin = signedInAdmin(b);

		assertThat(location(admin.post(a, "/admin/users/" + editor.getId() + "/role",
				Map.of("role", "ADMIN", "version", String.valueOf(editor.getVersion()), "confirmed", "true"))))
			.isEqualTo("/admin/users/" + editor.getId());

		assertThat(location(editorBrowser.get(b, "/admin"))).endsWith("/login");
	}

	@Test
	void twoFactorStepSurvivesASwitchOfNodeAndItsResetEndsTheSessionOnTheOther() throws Exception {
		User editor = users.editor();
		Visitor browser = new Visitor();
		browser.signIn(a, editor.getEmail(), TestUsers.PASSWORD);
		Document setUp = Jsoup.parse(browser.get(a, "/admin/account/two-factor").body());
		String secret = setUp.select(".two-factor-secret").text();
		Instant now = Instant.now();
		assertThat(browser.post(b, "/admin/account/two-factor", Map.of("code", TestUsers.totpCode(secret, now)))
			.statusCode()).isEqualTo(302);
		browser.post(a, "/logout", Map.of());

		Visitor signingIn = new Visitor();
		HttpResponse<String> password = signingIn.post(a, "/login",
				Map.of("username", editor.getEmail(), "password", TestUsers.PASSWORD));
		assertThat(location(password)).isEqualTo("/login/code");
		HttpResponse<String> code = signingIn.post(b, "/login/code",
				Map.of("code", TestUsers.totpCode(secret, now.plusSeconds(30))));
		assertThat(location(code)).isEqualTo("/admin");
		assertThat(signingIn.get(a, "/admin").statusCode()).isEqualTo(200);

		Visitor admin = signedInAdmin(b);
		admin.post(b, "/admin/users/" + editor.getId() + "/two-factor/reset", Map.of());
		assertThat(location(signingIn.get(a, "/admin"))).endsWith("/login");
	}

	@Test
	void publishOnOneNodeShowsOnTheOthersNextRequestInPagesAndSearch() throws Exception {
		String word = "zephyrcluster" + UUID.randomUUID().toString().substring(0, 6).replaceAll("[0-9-]", "q");
		Visitor visitor = new Visitor();
		for (int asked = 0; asked < 2; asked++) {
			// Asked twice, both pages are kept in B's page cache (a search from its
			// second
			// asking on): the publish on A must still show on B's next request.
			assertThat(visitor.get(b, "/search?q=" + word).body()).doesNotContain("Published on A");
			assertThat(visitor.get(b, "/news").body()).doesNotContain("Published on A " + word);
		}
		assertThat(visitor.get(b, "/news").headers().firstValue("ETag")).isPresent();

		Visitor editor = new Visitor();
		editor.signIn(a, users.editor().getEmail(), TestUsers.PASSWORD);
		HttpResponse<String> published = editor.post(a, "/admin/news", Map.of("title", "Published on A " + word,
				"summary", "A summary with " + word, "body", "<p>Body</p>", "action", "publish"));
		assertThat(published.statusCode()).isEqualTo(302);

		assertThat(visitor.get(b, "/news").body()).contains("Published on A " + word);
		assertThat(visitor.get(b, "/search?q=" + word).body()).contains("Published on A " + word);
	}

	@Test
	@Order(Integer.MAX_VALUE)
	void stoppingNodeIsOutOfServiceAtOnceButServesUntilItsDrainTimeEnds() throws Exception {
		Visitor probe = new Visitor();
		assertThat(probe.get(b, "/actuator/health/readiness").body()).contains("\"UP\"");
		assertThat(probe.get(b, "/actuator/health/liveness").body()).contains("\"UP\"");

		CompletableFuture<Void> stopping = CompletableFuture.runAsync(b.context::close);
		HttpResponse<String> readiness = probe.get(b, "/actuator/health/readiness");
		for (int i = 0; i < 50 && readiness.statusCode() == 200; i++) {
			Thread.sleep(20);
			readiness = probe.get(b, "/actuator/health/readiness");
		}
		assertThat(readiness.statusCode()).isEqualTo(503);
		assertThat(readiness.body()).contains("OUT_OF_SERVICE");
		assertThat(probe.get(b, "/news").statusCode()).isEqualTo(200);
		assertThat(stopping).isNotDone();
		stopping.get();
	}

	private static Visitor signedInAdmin(Node node) throws Exception {
		Visitor admin = new Visitor();
		admin.signIn(node, ADMIN_EMAIL, ADMIN_PASSWORD);
		return admin;
	}

	private static String location(HttpResponse<?> response) {
		return response.headers().firstValue("Location").map(URI::create).map(URI::getPath).map((path) -> {
			String query = response.headers().firstValue("Location").map(URI::create).map(URI::getQuery).orElse(null);
			return (query != null) ? path + "?" + query : path;
		}).orElse(null);
	}

	private static long countMigrationFiles(String folder, String prefix) throws IOException {
		Path root = Path.of(folder);
		try (var files = Files.list(root)) {
			return files.filter((file) -> file.getFileName().toString().startsWith(prefix)).count();
		}
	}

	/** One node: the application on its own port. */
	private record Node(ConfigurableApplicationContext context, int port) {

		/**
		 * Starts a node and calls {@code loggingInitialized} once Spring Boot has set up
		 * its logging, before the context (and Flyway) starts. The two nodes share the
		 * JVM's one Logback context, and one node setting it up resets the properties the
		 * other has just set: a node then fails on an unknown log format.
		 */
		static Node start(String drainTime, Runnable loggingInitialized) {
			ConfigurableApplicationContext context = new SpringApplicationBuilder(TreatyPortalApplication.class)
				.initializers((initializing) -> initializing.getBeanFactory()
					.registerSingleton("mainCodeOnly", new MainCodeOnly()))
				.listeners((ApplicationListener<ApplicationPreparedEvent>) (prepared) -> loggingInitialized.run())
				.properties(Map.of("server.port", "0", TestDatabase.DATABASE_PROPERTY, DATABASE, "portal.demo-content",
						"true", "portal.admin.email", ADMIN_EMAIL, "portal.admin.password", ADMIN_PASSWORD,
						"portal.security.require-two-factor-for-admins", "false", "portal.shutdown.drain-time",
						drainTime))
				.run();
			return new Node(context, ((WebServerApplicationContext) context).getWebServer().getPort());
		}

		String url(String path) {
			return "http://127.0.0.1:" + this.port + path;
		}

	}

	/**
	 * Leaves the test sources out of a node's component scan: a node runs what a deployed
	 * jar runs.
	 */
	static final class MainCodeOnly extends TypeExcludeFilter {

		@Override
		public boolean match(MetadataReader metadataReader, MetadataReaderFactory metadataReaderFactory)
				throws IOException {
			return metadataReader.getResource().getURL().toString().contains("/test-classes/");
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof MainCodeOnly;
		}

		@Override
		public int hashCode() {
			return MainCodeOnly.class.hashCode();
		}

	}

	/**
	 * A browser that keeps its cookies whichever node answers, as it does behind a load
	 * balancer (cookies do not depend on the port), and follows no redirect.
	 */
	private static final class Visitor {

		private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

		private final Map<String, String> cookies = new LinkedHashMap<>();

		void signIn(Node node, String email, String password) throws Exception {
			HttpResponse<String> response = post(node, "/login", Map.of("username", email, "password", password));
			assertThat(location(response)).as("sign-in of " + email).isEqualTo("/admin");
		}

		HttpResponse<String> get(Node node, String path) throws IOException, InterruptedException {
			return send(HttpRequest.newBuilder(URI.create(node.url(path))).GET());
		}

		/** Posts a form with the CSRF token of a page the same node just served. */
		HttpResponse<String> post(Node node, String path, Map<String, String> fields)
				throws IOException, InterruptedException {
			Map<String, String> form = new HashMap<>(fields);
			form.put("_csrf", csrfToken(node));
			String body = form.entrySet()
				.stream()
				.map((field) -> encode(field.getKey()) + "=" + encode(field.getValue()))
				.collect(Collectors.joining("&"));
			return send(HttpRequest.newBuilder(URI.create(node.url(path)))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(body)));
		}

		private String csrfToken(Node node) throws IOException, InterruptedException {
			String token = Jsoup.parse(get(node, "/login").body()).select("input[name=_csrf]").val();
			assertThat(token).as("CSRF token").isNotEmpty();
			return token;
		}

		private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
			if (!this.cookies.isEmpty()) {
				request.header("Cookie",
						this.cookies.entrySet()
							.stream()
							.map((cookie) -> cookie.getKey() + "=" + cookie.getValue())
							.collect(Collectors.joining("; ")));
			}
			HttpResponse<String> response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			List<String> setCookies = response.headers().allValues("Set-Cookie");
			for (String setCookie : setCookies) {
				String pair = setCookie.split(";", 2)[0];
				int equals = pair.indexOf('=');
				String name = pair.substring(0, equals);
				String value = pair.substring(equals + 1);
				if (value.isEmpty() || setCookie.contains("Max-Age=0")) {
					this.cookies.remove(name);
				}
				else {
					this.cookies.put(name, value);
				}
			}
			return response;
		}

		private static String encode(String text) {
			return URLEncoder.encode(text, StandardCharsets.UTF_8);
		}

	}

}
