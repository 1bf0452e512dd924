package org.treatyportal.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import org.treatyportal.news.TestArticles;
import org.treatyportal.support.PortalIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Walks the public addresses the README lists, in English and under {@code /fr}, and
 * checks that each names its language, links its other-language version both ways and
 * offers a switch to the same page.
 */
@PortalIntegrationTest
class LanguageRoutesTests {

	private static final String BASE = "http://localhost:8080";

	private static final String SUFFIX = UUID.randomUUID().toString().substring(0, 8);

	private static final int TREATY = 96_000 + (int) (System.nanoTime() % 3_000);

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestArticles articles;

	@Autowired
	private JdbcTemplate jdbc;

	@BeforeEach
	void publishOneItemOfEachKind() {
		if (this.jdbc.queryForObject("select count(*) from page where slug = ?", Integer.class,
				"lang-page-" + SUFFIX) > 0) {
			return;
		}
		Instant past = Instant.parse("2008-04-01T10:00:00Z");
		this.articles.news("Language news").slug("lang-news-" + SUFFIX).publishedAt(past).save();
		this.articles.pressRelease("Language release").slug("lang-release-" + SUFFIX).publishedAt(past).save();
		this.jdbc.update("insert into page (slug, title, summary, body, state, publish_at, first_published_at,"
				+ " created_at, updated_at) values (?, 'Language page', 'A page', '<p>Text</p>', 'PUBLISHED',"
				+ " now(), now(), now(), now())", "lang-page-" + SUFFIX);
		this.jdbc.update("insert into event (slug, title, summary, body, state, publish_at, first_published_at,"
				+ " created_at, updated_at, all_day, start_date, end_date, starts_at, ends_at, venue, city)"
				+ " values (?, 'Language event', 'An event', '<p>Text</p>', 'PUBLISHED', now(), now(), now(), now(),"
				+ " true, '2099-04-01', '2099-04-02', '2099-04-01T00:00:00Z', '2099-04-03T00:00:00Z', '', '')",
				"lang-event-" + SUFFIX);
		this.jdbc.update("insert into document (slug, title, summary, state, publish_at, first_published_at,"
				+ " document_type) values (?, 'Language document', 'A document', 'PUBLISHED', now(), now(),"
				+ " 'REPORT')", "lang-document-" + SUFFIX);
		// Each item has a French version at the same slug, so the walk checks real pairs;
		// an item without one announces no French version (ArticleLanguageTests).
		for (String type : List.of("article", "page", "event", "document")) {
			this.jdbc.update("insert into " + type + "_translation (" + type + "_id, language, slug, title, based_on,"
					+ " updated_at) select id, 'fr', slug, title || ' (fr)', '', now() from " + type
					+ " where slug like ?", "lang-%-" + SUFFIX);
		}
		this.jdbc.update("insert into treaty (series, number, title, short_title, opened_on, entry_into_force)"
				+ " values ('CETS', ?, 'Language convention', 'Language', '2001-11-23', '2004-07-01')", TREATY);
	}

	@Test
	void everyPublicRouteOfTheReadmeAnswersInBothLanguages() throws Exception {
		List<String> routes = publicRoutes();
		assertThat(routes).contains("/", "/news", "/treaties/" + TREATY + "/chart", "/countries/ee",
				"/lang-page-" + SUFFIX, "/news/lang-news-" + SUFFIX, "/events/lang-event-" + SUFFIX,
				"/search?q=convention");
		for (String route : routes) {
			String french = route.equals("/") ? "/fr/" : "/fr" + route;
			Document english = page(route);
			Document inFrench = page(french);

			assertThat(english.select("html").attr("lang")).as(route).isEqualTo("en");
			assertThat(inFrench.select("html").attr("lang")).as(french).isEqualTo("fr");
			assertThat(switchTarget(english)).as(route).isEqualTo(french);
			assertThat(switchTarget(inFrench)).as(french).isEqualTo(route);
			String path = route.contains("?") ? route.substring(0, route.indexOf('?')) : route;
			String frenchPath = path.equals("/") ? "/fr/" : "/fr" + path;
			for (Document document : List.of(english, inFrench)) {
				assertThat(document.select("link[rel=alternate][hreflang=en]").attr("href")).as(route)
					.isEqualTo(BASE + path);
				assertThat(document.select("link[rel=alternate][hreflang=fr]").attr("href")).as(route)
					.isEqualTo(BASE + frenchPath);
				assertThat(document.select("link[rel=alternate][hreflang=x-default]").attr("href")).as(route)
					.isEqualTo(BASE + path);
			}
		}
	}

	@Test
	void linksOnAFrenchPageStayFrenchExceptWhatExistsInOneLanguage() throws Exception {
		Document home = page("/fr/");

		assertThat(home.select(".site-nav a").eachAttr("href")).isNotEmpty()
			.allMatch((href) -> href.startsWith("/fr/"));
		assertThat(home.select("form.site-search").attr("action")).isEqualTo("/fr/search");
		assertThat(home.select("link[rel=stylesheet]").attr("href")).matches("/css/site\\.[0-9a-f]{10}\\.css");
		assertThat(home.select(".site-account a").attr("href")).isEqualTo("/login");
		assertThat(page("/").select(".site-nav a").eachAttr("href")).noneMatch((href) -> href.startsWith("/fr"));
	}

	@Test
	void openGraphNamesThePageLocaleAndTheOtherOne() throws Exception {
		Document french = page("/fr/news");
		Document english = page("/news");

		assertThat(french.select("meta[property=og:locale]").attr("content")).isEqualTo("fr_FR");
		assertThat(french.select("meta[property=og:locale:alternate]").eachAttr("content")).containsExactly("en_GB");
		assertThat(english.select("meta[property=og:locale]").attr("content")).isEqualTo("en_GB");
		assertThat(english.select("meta[property=og:locale:alternate]").eachAttr("content")).containsExactly("fr_FR");
		assertThat(french.select("link[rel=canonical]").attr("href")).isEqualTo(BASE + "/fr/news");
		assertThat(french.select(".language-switch a").attr("lang")).isEqualTo("en");
		assertThat(french.select(".language-switch a").text()).isEqualTo("English");
		assertThat(english.select(".language-switch a").text()).isEqualTo("Français");
	}

	@Test
	void contentWrittenInEnglishIsMarkedSoOnAFrenchPage() throws Exception {
		String slug = this.articles.news("English only")
			.publishedAt(Instant.parse("2008-04-01T10:00:00Z"))
			.save()
			.getSlug();
		Document french = page("/fr/news/" + slug);
		Document english = page("/news/" + slug);

		assertThat(french.select("h1").attr("lang")).isEqualTo("en");
		assertThat(french.select(".article__body").attr("lang")).isEqualTo("en");
		assertThat(french.select(".site-nav a").first().hasAttr("lang")).isFalse();
		assertThat(english.select("h1").hasAttr("lang")).isFalse();
	}

	@Test
	void addressesThatExistInOneLanguageAnswerNotFoundUnderTheFrenchPrefix() throws Exception {
		for (String path : new String[] { "/fr/admin", "/fr/admin/news", "/fr/login", "/fr/css/site.css",
				"/fr/api/treaties", "/fr/fr/news", "/fr/sitemap.xml" }) {
			assertThat(this.mvc.perform(get(path)).andReturn().getResponse().getStatus()).as(path).isEqualTo(404);
		}
	}

	@Test
	void theLanguageComesFromTheAddressNeverFromTheBrowser() throws Exception {
		MvcResult english = this.mvc.perform(get("/news").header("Accept-Language", "fr-FR,fr;q=0.9")).andReturn();
		MvcResult french = this.mvc.perform(get("/fr/news").header("Accept-Language", "en")).andReturn();

		assertThat(Jsoup.parse(english.getResponse().getContentAsString()).select("html").attr("lang")).isEqualTo("en");
		assertThat(Jsoup.parse(french.getResponse().getContentAsString()).select("html").attr("lang")).isEqualTo("fr");
		for (MvcResult result : List.of(english, french)) {
			assertThat(result.getResponse().getHeaders("Vary")).noneMatch((vary) -> vary.contains("Accept-Language"));
			assertThat(result.getResponse().getCookies()).isEmpty();
			assertThat(result.getRequest().getSession(false)).isNull();
		}
	}

	@Test
	void redirectsFromAFrenchPageStayFrench() throws Exception {
		MvcResult result = this.mvc.perform(get("/fr/countries/EE")).andReturn();

		assertThat(result.getResponse().getStatus()).isBetween(301, 308);
		assertThat(result.getResponse().getHeader("Location")).isEqualTo("/fr/countries/ee");
	}

	private Document page(String path) throws Exception {
		MvcResult result = this.mvc.perform(get(path)).andReturn();
		assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
		return Jsoup.parse(result.getResponse().getContentAsString());
	}

	private static String switchTarget(Document page) {
		return page.select(".language-switch a").attr("href");
	}

	/**
	 * The HTML pages of the README's table of addresses, with a published demo item for
	 * each placeholder.
	 */
	private static List<String> publicRoutes() throws Exception {
		String readme = Files.readString(Path.of("README.md"));
		String table = readme.substring(readme.indexOf("## What is there"),
				readme.indexOf("## Writing and publishing"));
		Set<String> routes = new LinkedHashSet<>();
		Matcher row = Pattern.compile("(?m)^\\| (.*?) \\|").matcher(table);
		while (row.find()) {
			Matcher address = Pattern.compile("`([^`]+)`").matcher(row.group(1));
			while (address.find()) {
				String route = address.group(1);
				if (isHtmlPage(route)) {
					routes.add(route);
				}
			}
		}
		List<String> concrete = new ArrayList<>();
		for (String route : routes) {
			concrete.add(concrete(route));
		}
		return concrete;
	}

	private static boolean isHtmlPage(String route) {
		return route.startsWith("/") && !route.matches(
				"/(admin|login|logout|api|actuator|attachments|password-reset|feeds|sitemap|robots).*|.*\\.(ics|atom|xml|txt)|/documents/\\{slug\\}/\\{lang\\}");
	}

	private static String concrete(String route) {
		return switch (route) {
			case "/{slug}" -> "/lang-page-" + SUFFIX;
			case "/news/{slug}" -> "/news/lang-news-" + SUFFIX;
			case "/press-releases/{slug}" -> "/press-releases/lang-release-" + SUFFIX;
			case "/events/{slug}" -> "/events/lang-event-" + SUFFIX;
			case "/documents/{slug}" -> "/documents/lang-document-" + SUFFIX;
			case "/treaties/{number}" -> "/treaties/" + TREATY;
			case "/treaties/{number}/chart" -> "/treaties/" + TREATY + "/chart";
			case "/countries/{iso2}" -> "/countries/ee";
			case "/search?q=" -> "/search?q=convention";
			default -> {
				assertThat(route).as("a placeholder this test does not know").doesNotContain("{");
				yield route;
			}
		};
	}

}
