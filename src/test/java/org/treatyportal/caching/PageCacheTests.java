package org.treatyportal.caching;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.GZIPInputStream;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import org.treatyportal.TreatyPortalApplication;
import org.treatyportal.news.Article;
import org.treatyportal.news.TestArticles;
import org.treatyportal.support.MutableClock;
import org.treatyportal.support.PortalIntegrationTest;
import org.treatyportal.users.TestUsers;
import org.treatyportal.users.User;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Anonymous pages come from memory, exactly: every kind of change shows on the very next
 * request, on every node, and signed-in users never get or leave a kept page.
 */
@PortalIntegrationTest
class PageCacheTests {

	private static final Instant NOW = Instant.parse("2036-06-01T12:00:00Z");

	/**
	 * Tables no public page reads: changing them must not empty the page cache. A new
	 * table is either watched ({@code portal_watch_for_pages}) or listed here.
	 */
	private static final Set<String> PRIVATE_TABLES = Set.of("flyway_schema_history", "app_user", "audit_entry",
			"password_reset_link", "recovery_code", "revision", "security_policy", "sign_in_known_address",
			"sign_in_throttle", "search_generation", "content_generation", "content_lease", "spring_session",
			"spring_session_attributes");

	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	@LocalServerPort
	private int port;

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestArticles articles;

	@Autowired
	private TestUsers users;

	@Autowired
	private MutableClock clock;

	@Autowired
	private JdbcTemplate jdbc;

	private final List<Runnable> cleanUp = new ArrayList<>();

	@AfterEach
	void cleanUp() {
		this.cleanUp.forEach(Runnable::run);
	}

	@Test
	void everyTableAPublicPageReadsIsWatched() {
		Set<String> tables = new TreeSet<>(this.jdbc
			.queryForList("select tablename from pg_tables where schemaname = current_schema()", String.class));
		tables.removeAll(PRIVATE_TABLES);
		Set<String> watched = new TreeSet<>(this.jdbc.queryForList("select c.relname from pg_trigger t join pg_class c"
				+ " on c.oid = t.tgrelid join pg_proc p on p.oid = t.tgfoid where p.proname = 'portal_content_changed'"
				+ " and t.tgdeferrable", String.class));
		assertThat(tables).isNotEmpty();
		assertThat(watched).as("tables without portal_watch_for_pages, or to list as private in this test")
			.containsAll(tables);
	}

	@Test
	void eachLanguageOfAPageIsKeptApart() throws Exception {
		for (int asked = 0; asked < 2; asked++) {
			assertThat(Jsoup.parse(body("/news")).select("html").attr("lang")).isEqualTo("en");
			assertThat(Jsoup.parse(body("/fr/news")).select("html").attr("lang")).isEqualTo("fr");
		}
	}

	@Test
	void aKeptPageIsServedUntilTheContentGenerationMoves() throws Exception {
		Article article = article("Quokkaland joins the network", NOW.minusSeconds(60));
		this.clock.setInstant(NOW);
		assertThat(body("/news")).contains("Quokkaland joins the network");

		behindTheCachesBack("update article set title = 'Quokkaland renamed' where id = " + article.getId());
		assertThat(body("/news")).contains("Quokkaland joins the network");

		this.jdbc.update("update content_generation set value = value + 1");
		assertThat(body("/news")).contains("Quokkaland renamed").doesNotContain("Quokkaland joins");
	}

	@Test
	void aPublishedItemShowsOnTheNextRequest() throws Exception {
		Article draft = this.articles.news("Numbatland signs the protocol").save();
		this.cleanUp.add(() -> delete(draft));
		this.clock.setInstant(NOW);
		assertThat(body("/news")).doesNotContain("Numbatland");

		this.jdbc.update("update article set state = 'PUBLISHED', publish_at = ? where id = ?",
				Timestamp.from(NOW.minusSeconds(1)), draft.getId());

		assertThat(body("/news")).contains("Numbatland signs the protocol");
		assertThat(body("/")).contains("Numbatland signs the protocol");
	}

	@Test
	void aWithdrawnItemLeavesOnTheNextRequest() throws Exception {
		Article article = article("Potorooland ratifies", NOW.minusSeconds(60));
		this.clock.setInstant(NOW);
		assertThat(body("/news")).contains("Potorooland ratifies");
		assertThat(status("/news/" + article.getSlug())).isEqualTo(200);

		this.jdbc.update("update article set state = 'WITHDRAWN' where id = ?", article.getId());

		assertThat(body("/news")).doesNotContain("Potorooland");
		assertThat(status("/news/" + article.getSlug())).isEqualTo(410);
	}

	@Test
	void anEditShowsOnTheNextRequest() throws Exception {
		Article article = article("Bandicootland hosts a workshop", NOW.minusSeconds(60));
		this.clock.setInstant(NOW);
		assertThat(body("/news/" + article.getSlug())).contains("Bandicootland hosts a workshop");

		this.jdbc.update("update article set title = 'Bandicootland hosts two workshops' where id = ?",
				article.getId());

		assertThat(body("/news/" + article.getSlug())).contains("Bandicootland hosts two workshops");
	}

	@Test
	void aRatificationShowsOnTheNextRequest() throws Exception {
		this.jdbc.update("insert into treaty (series, number, title, short_title, opened_on) values"
				+ " ('CETS', 9185, 'Convention on Quolls', 'Quolls', date '2036-01-01')");
		this.cleanUp.add(() -> this.jdbc.update("delete from treaty where number = 9185"));
		this.clock.setInstant(NOW);
		assertThat(body("/treaties/9185/chart")).doesNotContain("New Zealand");
		assertThat(body("/treaties/9185/chart.csv")).doesNotContain("New Zealand");

		this.jdbc.update("insert into treaty_party (treaty_id, country_code, signature_date, consent_date,"
				+ " consent_kind) select id, 'NZ', date '2036-01-10', date '2036-05-10', 'ACCESSION' from treaty"
				+ " where number = 9185");

		assertThat(body("/treaties/9185/chart")).contains("New Zealand");
		assertThat(body("/treaties/9185/chart.csv")).contains("New Zealand");
	}

	@Test
	void aMenuChangeShowsOnTheNextRequest() throws Exception {
		this.jdbc.update("insert into page (slug, title, state, publish_at, menu_position) values"
				+ " ('about-quolls', 'About quolls', 'PUBLISHED', ?, 1)", Timestamp.from(NOW.minusSeconds(60)));
		this.cleanUp.add(() -> this.jdbc.update("delete from page where slug = 'about-quolls'"));
		this.clock.setInstant(NOW);
		assertThat(body("/")).contains("href=\"/about-quolls\"");

		this.jdbc.update("update page set menu_position = null where slug = 'about-quolls'");

		assertThat(body("/")).doesNotContain("href=\"/about-quolls\"");
	}

	@Test
	void aScheduledItemComesOutAtItsInstantWithNoWrite() throws Exception {
		article("Wombatland enters into force", NOW.plusSeconds(60));
		this.clock.setInstant(NOW);
		assertThat(body("/news")).doesNotContain("Wombatland");
		assertThat(body("/feeds/news.atom")).doesNotContain("Wombatland");
		this.clock.setInstant(NOW.plusSeconds(59));
		HttpResponse<byte[]> beforeIt = get("/news");
		assertThat(beforeIt.headers().firstValue("Cache-Control")).hasValueSatisfying(
				(value) -> assertThat(value).as("max-age never reaches past the next change").contains("max-age=1,"));

		this.clock.setInstant(NOW.plusSeconds(60));

		assertThat(body("/news")).contains("Wombatland enters into force");
		assertThat(body("/feeds/news.atom")).contains("Wombatland enters into force");
	}

	@Test
	void aChangeShowsOnTheNextRequestOnEveryNode() throws Exception {
		Article article = article("Echidnaland joins", Instant.now().minusSeconds(60));
		SpringApplication second = new SpringApplication(TreatyPortalApplication.class);
		try (ConfigurableApplicationContext node = second.run("--server.port=0",
				"--portal.security.require-two-factor-for-admins=false")) {
			int otherPort = Integer.parseInt(node.getEnvironment().getProperty("local.server.port"));
			String path = "/news/" + article.getSlug();
			assertThat(body(this.port, path)).contains("Echidnaland joins");
			assertThat(body(otherPort, path)).contains("Echidnaland joins");
			assertThat(body(otherPort, path)).contains("Echidnaland joins");

			this.jdbc.update("update article set title = 'Echidnaland joins the Convention' where id = ?",
					article.getId());

			assertThat(body(this.port, path)).contains("Echidnaland joins the Convention");
			assertThat(body(otherPort, path)).contains("Echidnaland joins the Convention");
		}
	}

	@Test
	void aSignedInUserNeitherGetsNorLeavesAKeptPage() throws Exception {
		this.clock.setInstant(NOW);
		HttpResponse<byte[]> anonymous = get("/");
		assertThat(text(anonymous)).doesNotContain("/logout");
		User editor = this.users.editor();
		MockHttpSession session = (MockHttpSession) this.mvc.perform(
				post("/login").param("username", editor.getEmail()).param("password", TestUsers.PASSWORD).with(csrf()))
			.andReturn()
			.getRequest()
			.getSession();

		for (int i = 0; i < 2; i++) {
			MvcResult signedIn = this.mvc.perform(MockMvcRequestBuilders.get("/").session(session)).andReturn();
			assertThat(signedIn.getResponse().getContentAsString()).contains("/logout");
			assertThat(signedIn.getResponse().getHeader("Cache-Control")).isEqualTo("private, no-store");
			assertThat(signedIn.getResponse().getHeader("ETag")).isNull();
		}
		MvcResult asTests = this.mvc.perform(MockMvcRequestBuilders.get("/").with(TestUsers.as(editor))).andReturn();
		assertThat(asTests.getResponse().getContentAsString()).contains("/logout");
		assertThat(text(get("/"))).doesNotContain("/logout");
	}

	@Test
	void aKeptPageIsSentWithTheHeadersOfAFreshRenderAndNoCookie() throws Exception {
		this.clock.setInstant(NOW);
		this.jdbc.update("update content_generation set value = value + 1");
		HttpResponse<byte[]> fresh = get("/countries");
		HttpResponse<byte[]> kept = get("/countries");

		assertThat(fresh.statusCode()).isEqualTo(200);
		assertThat(kept.statusCode()).isEqualTo(200);
		for (String header : List.of("Content-Security-Policy", "X-Content-Type-Options", "X-Frame-Options",
				"Referrer-Policy", "Permissions-Policy", "Content-Type", "ETag", "Cache-Control", "Vary")) {
			assertThat(kept.headers().allValues(header)).as(header)
				.isNotEmpty()
				.isEqualTo(fresh.headers().allValues(header));
		}
		assertThat(kept.body()).isEqualTo(fresh.body());
		assertThat(fresh.headers().firstValue("Cache-Control"))
			.hasValue("public, max-age=60, stale-while-revalidate=60, stale-if-error=86400");
		assertThat(fresh.headers().firstValue("ETag"))
			.hasValueSatisfying((tag) -> assertThat(tag).as("a strong tag, not W/\"…\"").matches("\"[^\"]+\""));
		assertThat(fresh.headers().map()).doesNotContainKeys("Set-Cookie", "set-cookie", "Pragma", "pragma");
		assertThat(kept.headers().map()).doesNotContainKeys("Set-Cookie", "set-cookie");
	}

	@Test
	void aClientWithTheCurrentPageGetsNotModified() throws Exception {
		this.clock.setInstant(NOW);
		HttpResponse<byte[]> first = get("/events");
		String etag = first.headers().firstValue("ETag").orElseThrow();
		String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();

		assertThat(get("/events", "If-None-Match", etag).statusCode()).isEqualTo(304);
		assertThat(get("/events", "If-None-Match", "\"something-else\"").statusCode()).isEqualTo(200);
		assertThat(get("/events", "If-Modified-Since", lastModified).statusCode()).isEqualTo(304);
		HttpResponse<byte[]> notModified = get("/events", "If-None-Match", etag);
		assertThat(notModified.body()).isEmpty();
		assertThat(notModified.headers().firstValue("ETag")).hasValue(etag);

		this.jdbc.update("update content_generation set value = value + 1");
		this.clock.setInstant(NOW.plusSeconds(5));
		assertThat(get("/events", "If-Modified-Since", lastModified).statusCode()).isEqualTo(200);
		assertThat(get("/events", "If-None-Match", etag).statusCode()).as("same content, same tag").isEqualTo(304);
	}

	@Test
	void aClientThatAcceptsGzipGetsTheSamePageCompressed() throws Exception {
		this.clock.setInstant(NOW);
		HttpResponse<byte[]> plain = get("/treaties");
		HttpResponse<byte[]> compressed = get("/treaties", "Accept-Encoding", "gzip, deflate");

		assertThat(compressed.headers().firstValue("Content-Encoding")).hasValue("gzip");
		assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
		assertThat(compressed.body().length).isLessThan(plain.body().length / 2);
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed.body()))) {
			assertThat(in.readAllBytes()).isEqualTo(plain.body());
		}
		assertThat(compressed.headers().firstValue("ETag")).isNotEqualTo(plain.headers().firstValue("ETag"));
	}

	@Test
	void aSearchIsKeptOnlyOnceAskedForAgain() throws Exception {
		this.clock.setInstant(NOW);
		String path = "/search?q=quoll+" + System.nanoTime();

		HttpResponse<byte[]> first = get(path);
		HttpResponse<byte[]> second = get(path);
		HttpResponse<byte[]> third = get(path, "If-None-Match", second.headers().firstValue("ETag").orElse("none"));

		assertThat(first.headers().firstValue("Cache-Control")).hasValue(PageCacheFilter.NO_STORE);
		assertThat(first.headers().firstValue("ETag")).isEmpty();
		assertThat(second.headers().firstValue("Cache-Control"))
			.hasValueSatisfying((value) -> assertThat(value).startsWith("public"));
		assertThat(third.statusCode()).isEqualTo(304);
	}

	@Test
	void theSignInPageIsNeverKept() throws Exception {
		HttpResponse<byte[]> login = get("/login");
		assertThat(login.headers().firstValue("Cache-Control"))
			.hasValueSatisfying((value) -> assertThat(value).contains("no-store"));
		assertThat(login.headers().firstValue("ETag")).isEmpty();
	}

	private Article article(String title, Instant publishAt) {
		Article article = this.articles.news(title).publishedAt(publishAt).save();
		this.cleanUp.add(() -> delete(article));
		return article;
	}

	private void delete(Article article) {
		this.jdbc.update("delete from article where id = ?", article.getId());
	}

	/** Changes a row with the triggers off: no cache can know of it. */
	private void behindTheCachesBack(String sql) {
		this.jdbc.execute((ConnectionCallback<Integer>) (connection) -> {
			try (var statement = connection.createStatement()) {
				statement.execute("set session_replication_role = replica");
				statement.execute(sql);
				statement.execute("set session_replication_role = origin");
			}
			return 0;
		});
	}

	private String body(String path) throws IOException, InterruptedException {
		return body(this.port, path);
	}

	private String body(int port, String path) throws IOException, InterruptedException {
		HttpResponse<byte[]> response = get(port, path);
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return text(response);
	}

	private int status(String path) throws IOException, InterruptedException {
		return get(path).statusCode();
	}

	private static String text(HttpResponse<byte[]> response) {
		return new String(response.body(), StandardCharsets.UTF_8);
	}

	private HttpResponse<byte[]> get(String path, String... headers) throws IOException, InterruptedException {
		return get(this.port, path, headers);
	}

	private HttpResponse<byte[]> get(int port, String path, String... headers)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
		if (headers.length > 0) {
			request.headers(headers);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

}
