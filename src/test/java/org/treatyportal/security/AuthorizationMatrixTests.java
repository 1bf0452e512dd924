package org.treatyportal.security;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPatternParser;
import tools.jackson.databind.json.JsonMapper;

import org.treatyportal.support.MutableClock;
import org.treatyportal.support.PortalIntegrationTest;
import org.treatyportal.users.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.treatyportal.users.TestUsers.as;

/**
 * Walks every route of the application, as the handler mappings know them (so routes
 * added later are covered without touching this test), for an anonymous visitor, an
 * editor and an admin. Under {@code /admin}: anonymous is sent to sign in, an editor gets
 * 403 on the admin-only parts ({@link SecurityConfiguration#ADMIN_ONLY}) whatever the id,
 * and a role that may enter reaches the handler (404 for an id that does not exist, 400
 * for missing parameters, never 401, 403, a sign-in redirect or a 5xx). Every
 * state-changing request without a CSRF token is refused, anywhere.
 */
@PortalIntegrationTest
class AuthorizationMatrixTests {

	/** Stands for ids in the admin's walk: it exists nowhere, so nothing is changed. */
	private static final String MISSING_ID = "987654321";

	/**
	 * Stands for ids in the refused walks: real records (the first of each kind), which
	 * must stay out of reach.
	 */
	private static final String EXISTING_ID = "1";

	/**
	 * The page that tells an editor a part of the admin area is for admins: 403 for all.
	 */
	private static final String ADMINS_ONLY_PAGE = "/admin/admins-only";

	private static final Set<HttpMethod> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS,
			HttpMethod.TRACE);

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestUsers users;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private MutableClock clock;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	private RequestMappingHandlerMapping handlerMapping;

	@Test
	void everyAdminRouteGivesEachRoleWhatItMay() throws Exception {
		List<Route> routes = routes().stream().filter(Route::isAdmin).toList();
		assertThat(routes).extracting(Route::pattern)
			.contains("/admin", "/admin/users", "/admin/users/{id}/role", "/admin/account", "/admin/account/password");
		RequestPostProcessor editor = as(this.users.editor());
		RequestPostProcessor admin = as(this.users.admin());
		List<String> wrong = new ArrayList<>();

		for (Route route : routes) {
			if (route.pattern().equals(ADMINS_ONLY_PAGE)) {
				expect(wrong, route, "editor", perform(route.method(), route.pattern(), editor),
						(response) -> response.getStatus() == 403, "403 with the page that says why");
				continue;
			}
			String refusedUrl = route.url(EXISTING_ID);
			expect(wrong, route, "anonymous", perform(route.method(), refusedUrl, null),
					(response) -> "/login".equals(response.getRedirectedUrl()), "a redirect to /login");
			if (route.isAdminOnly()) {
				expect(wrong, route, "editor", perform(route.method(), refusedUrl, editor),
						(response) -> response.getStatus() == 403, "403");
			}
			else {
				expect(wrong, route, "editor", perform(route.method(), route.url(MISSING_ID), editor),
						AuthorizationMatrixTests::reached, "the handler");
			}
			expect(wrong, route, "admin", perform(route.method(), route.url(MISSING_ID), admin),
					AuthorizationMatrixTests::reached, "the handler");
		}

		assertThat(wrong).as("routes answering the wrong way").isEmpty();
	}

	@Test
	void everyStateChangingRequestWithoutACsrfTokenIsRefused() throws Exception {
		List<Route> routes = routes().stream().filter((route) -> !SAFE.contains(route.method())).toList();
		assertThat(routes).extracting(Route::pattern).contains("/login/code", "/password-reset/{token}");
		RequestPostProcessor admin = as(this.users.admin());
		List<String> wrong = new ArrayList<>();

		for (Route route : routes) {
			for (RequestPostProcessor who : new RequestPostProcessor[] { null, admin }) {
				MockHttpServletRequestBuilder request = request(route.method(), route.url(MISSING_ID));
				if (who != null) {
					request.with(who);
				}
				int status = this.mvc.perform(request).andReturn().getResponse().getStatus();
				if (status != 403) {
					wrong.add(route + " without CSRF token " + ((who != null) ? "as admin" : "anonymous") + ": "
							+ status);
				}
			}
		}

		assertThat(wrong).as("state-changing routes accepting a request without CSRF token").isEmpty();
	}

	/**
	 * What an editor can write that a browser could run or load from elsewhere never
	 * reaches a visitor, on the page or through the API.
	 */
	@Test
	void storedLinksAndImagesAreSafeOnThePageAndInTheApi() throws Exception {
		String body = "<p><a href=\"https://portal.invalidjavascript:1/alert(document.domain)\">a</a>"
				+ "<a href=\"https://portal.invaliddata:80/x\">b</a><a href=\"HTTPS://PORTAL.INVALID&#106;avascript:1/x\">c</a>"
				+ "<a href=\"/\\evil.example\">d</a><a href=\"//evil.example\">e</a><a href=\"/treaties/185\">f</a>"
				+ "<img src=\"/\\evil.example/track.png\" alt=\"t\"><img src=\"/files/1/map.png\" alt=\"m\"></p>";
		this.mvc
			.perform(post("/admin/news").with(as(this.users.editor()))
				.with(csrf())
				.param("title", "Links 7715")
				.param("body", body)
				.param("action", "publish"))
			.andExpect(status().isFound());

		String page = this.mvc.perform(get("/news/links-7715")).andReturn().getResponse().getContentAsString();
		String api = this.mvc.perform(get("/api/news/links-7715")).andReturn().getResponse().getContentAsString();
		String apiBody = JsonMapper.builder().build().readTree(api).get("body").asString();

		for (String html : List.of(Jsoup.parse(page).select(".article__body").html(), apiBody)) {
			Document parsed = Jsoup.parseBodyFragment(html);
			assertThat(parsed.select("a[href]").eachAttr("href")).contains("/treaties/185")
				.allMatch((href) -> href.matches("(?i)(https?://[^/\\\\][^\\\\]*|/([^/\\\\][^\\\\]*)?)"),
						"web or site paths");
			assertThat(parsed.select("img").eachAttr("src")).containsExactly("/files/1/map.png");
		}
	}

	@Test
	void aDraftsNewAddressIsNotGivenAwayByItsOldOne() throws Exception {
		RequestPostProcessor editor = as(this.users.editor());
		long id = idFrom(this.mvc
			.perform(post("/admin/news").with(editor)
				.with(csrf())
				.param("title", "Leaky 7711")
				.param("body", "<p>Body</p>")
				.param("action", "publish"))
			.andReturn());
		this.mvc.perform(get("/news/leaky-7711")).andExpect(status().isOk());
		this.mvc.perform(post("/admin/news/" + id + "/draft").with(editor)
			.with(csrf())
			.param("version", String.valueOf(articleVersion(id))));
		this.mvc
			.perform(post("/admin/news/" + id).with(editor)
				.with(csrf())
				.param("version", String.valueOf(articleVersion(id)))
				.param("title", "Secret plan 7711")
				.param("slug", "secret-plan-7711")
				.param("body", "<p>Body</p>"))
			.andExpect(status().isFound());

		this.mvc.perform(get("/news/leaky-7711"))
			.andExpect(status().isNotFound())
			.andExpect(header().doesNotExist("Location"));
	}

	/**
	 * An old address of every content type that redirects: to its item while that is
	 * visible, and nowhere (404, no {@code Location}) before it is, whoever asks.
	 */
	@Test
	void oldAddressesRedirectOnlyToVisibleItems() throws Exception {
		Instant publishAt = Instant.parse("2031-07-01T08:00:00Z");
		List<String> wrong = new ArrayList<>();
		for (String[] type : new String[][] { { "news", "article", "kind", "'NEWS'", "/news/" },
				{ "press-releases", "article", "kind", "'PRESS_RELEASE'", "/press-releases/" },
				{ "events", "event", "all_day, start_date, end_date, starts_at, ends_at",
						"true, date '2031-09-01', date '2031-09-01', timestamptz '2031-09-01', timestamptz '2031-09-02'",
						"/events/" },
				{ "pages", "page", "menu_position", "null", "/" },
				{ "documents", "document", "document_type", "'REPORT'", "/documents/" } }) {
			String slug = "moved-" + type[0] + "-7712";
			long id = this.jdbc.queryForObject(
					"insert into " + type[1] + " (slug, title, state, publish_at, " + type[2]
							+ ") values (?, 'Moved 7712', 'PUBLISHED', ?, " + type[3] + ") returning id",
					Long.class, slug, java.sql.Timestamp.from(publishAt));
			String oldSlug = "old-" + type[0] + "-7712";
			this.jdbc.update("insert into slug_history (content_type, old_slug, content_id, created_at)"
					+ " values (?, ?, ?, now())", type[0], oldSlug, id);

			this.clock.setInstant(publishAt.minusSeconds(1));
			for (String url : urls(type[4] + oldSlug)) {
				MockHttpServletResponse hidden = this.mvc.perform(get(url)).andReturn().getResponse();
				if (hidden.getStatus() != 404 || hidden.getHeader("Location") != null) {
					wrong.add(url + " while scheduled: " + hidden.getStatus() + " " + hidden.getHeader("Location"));
				}
			}
			this.clock.setInstant(publishAt.plusSeconds(1));
			MockHttpServletResponse shown = this.mvc.perform(get(type[4] + oldSlug)).andReturn().getResponse();
			if (shown.getStatus() != 301 || !(type[4] + slug).equals(shown.getRedirectedUrl())) {
				wrong.add(type[4] + oldSlug + " once out: " + shown.getStatus() + " " + shown.getRedirectedUrl());
			}
		}

		assertThat(wrong).as("old addresses answering the wrong way").isEmpty();
	}

	private static List<String> urls(String oldAddress) {
		if (oldAddress.startsWith("/events/")) {
			return List.of(oldAddress, oldAddress + ".ics");
		}
		if (oldAddress.startsWith("/documents/")) {
			return List.of(oldAddress, oldAddress + "/en");
		}
		return List.of(oldAddress);
	}

	private long articleVersion(long id) {
		return this.jdbc.queryForObject("select version from article where id = ?", Long.class, id);
	}

	private static long idFrom(MvcResult result) {
		String location = result.getResponse().getRedirectedUrl();
		return Long.parseLong(location.replaceAll("^/admin/news/(\\d+).*$", "$1"));
	}

	private Outcome perform(HttpMethod method, String url, RequestPostProcessor who) {
		MockHttpServletRequestBuilder request = request(method, url).header("Accept", "text/html");
		if (!SAFE.contains(method)) {
			request.with(csrf());
		}
		if (who != null) {
			request.with(who);
		}
		try {
			return new Outcome(this.mvc.perform(request).andReturn().getResponse(), null);
		}
		catch (Exception ex) {
			return new Outcome(null, ex);
		}
	}

	private static void expect(List<String> wrong, Route route, String who, Outcome outcome,
			Function<MockHttpServletResponse, Boolean> expected, String description) {
		if (outcome.failure() != null) {
			wrong.add(route + " as " + who + ": threw " + outcome.failure());
		}
		else if (!expected.apply(outcome.response())) {
			wrong.add(route + " as " + who + ": expected " + description + " but got " + outcome.response().getStatus()
					+ " " + outcome.response().getRedirectedUrl());
		}
	}

	/** The handler ran: no refusal by security, no server error. */
	private static boolean reached(MockHttpServletResponse response) {
		int status = response.getStatus();
		String redirect = response.getRedirectedUrl();
		return status != 401 && status != 403 && status < 500
				&& (redirect == null || !(redirect.equals("/login") || redirect.startsWith("/login?")));
	}

	private List<Route> routes() {
		Set<Route> routes = new TreeSet<>(Comparator.comparing(Route::pattern).thenComparing(Route::methodName));
		this.handlerMapping.getHandlerMethods().keySet().forEach((RequestMappingInfo info) -> {
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			Set<RequestMethod> walked = methods.isEmpty() ? Set.of(RequestMethod.GET, RequestMethod.POST) : methods;
			for (String pattern : info.getPatternValues()) {
				for (RequestMethod method : walked) {
					routes.add(new Route(method.asHttpMethod(), pattern));
				}
			}
		});
		return List.copyOf(routes);
	}

	/**
	 * One method and path pattern of a handler.
	 *
	 * @param method the HTTP method
	 * @param pattern the path pattern, e.g. {@code /admin/users/{id}}
	 */
	record Route(HttpMethod method, String pattern) {

		boolean isAdmin() {
			return this.pattern.equals("/admin") || this.pattern.startsWith("/admin/");
		}

		/** Whether editors are kept out, by the same patterns the filter chain uses. */
		boolean isAdminOnly() {
			PathContainer path = PathContainer.parsePath(url(MISSING_ID));
			for (String adminOnly : SecurityConfiguration.ADMIN_ONLY) {
				if (PathPatternParser.defaultInstance.parse(adminOnly).matches(path)) {
					return true;
				}
			}
			return false;
		}

		/**
		 * A concrete address: every variable gets the given value, every wildcard a
		 * segment.
		 */
		String url(String id) {
			StringBuilder url = new StringBuilder();
			int depth = 0;
			for (char c : this.pattern.toCharArray()) {
				if (c == '{' && depth++ == 0) {
					url.append(id);
				}
				else if (c == '}') {
					depth--;
				}
				else if (depth == 0) {
					url.append((c == '*') ? "x" : String.valueOf(c));
				}
			}
			return url.toString().replace("xx", "x");
		}

		String methodName() {
			return this.method.name();
		}

		@Override
		public String toString() {
			return this.method.name() + " " + this.pattern;
		}

	}

	private record Outcome(MockHttpServletResponse response, Exception failure) {
	}

}
