package org.treatyportal.web;

import java.time.Instant;
import java.util.List;

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

	private static final CheckedPages PAGES = new CheckedPages();

	private static final String SUFFIX = PAGES.suffix();

	private static final int TREATY = PAGES.treaty();

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestArticles articles;

	@Autowired
	private JdbcTemplate jdbc;

	@BeforeEach
	void publishOneItemOfEachKind() {
		PAGES.publish(this.jdbc, this.articles);
	}

	@Test
	void everyPublicRouteOfTheReadmeAnswersInBothLanguages() throws Exception {
		List<String> routes = PAGES.publicRoutes();
		assertThat(routes).contains("/", "/news", "/treaties/" + TREATY + "/chart", "/countries/ee",
				"/lang-page-" + SUFFIX, "/news/lang-news-" + SUFFIX, "/events/lang-event-" + SUFFIX,
				"/search?q=convention");
		for (String route : routes) {
			String french = CheckedPages.french(route);
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
	void relatedNewsOnATreatyPageIsInThePageLanguage() throws Exception {
		String title = "Language workshop " + SUFFIX;
		long id = this.articles.news(title).publishedAt(Instant.parse("2020-05-01T10:00:00Z")).save().getId();
		this.jdbc.update(
				"insert into article_translation (article_id, language, slug, title, based_on, updated_at)"
						+ " values (?, 'fr', ?, ?, '', now())",
				id, "atelier-" + SUFFIX, "Atelier des langues " + SUFFIX);

		assertThat(page("/fr/treaties/" + TREATY).select("section[aria-labelledby=related-news] li").first().text())
			.contains("Atelier des langues " + SUFFIX);
		assertThat(page("/treaties/" + TREATY).select("section[aria-labelledby=related-news] li").first().text())
			.contains(title);
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

}
