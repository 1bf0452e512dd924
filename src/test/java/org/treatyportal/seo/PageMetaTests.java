package org.treatyportal.seo;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.treatyportal.news.Article;
import org.treatyportal.news.TestArticles;
import org.treatyportal.support.MutableClock;
import org.treatyportal.support.PortalIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What public pages tell search engines and link previews in their head: description,
 * canonical address, Open Graph and schema.org JSON-LD that no title can break out of.
 */
@PortalIntegrationTest
class PageMetaTests {

	private static final String BASE = "http://localhost:8080";

	private static final String TAGLINE = "Protecting societies worldwide from the threat of cybercrime through the"
			+ " Convention on Cybercrime and its Protocol.";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestArticles articles;

	@Autowired
	private MutableClock clock;

	@Test
	void newsItemIsAnArticleWithItsSummaryTimesAndNewsArticleData() throws Exception {
		Instant published = Instant.parse("2042-01-10T09:30:00Z");
		Article article = this.articles.news("Meta news 9901")
			.summary("What happened, in one sentence.")
			.publishedAt(published)
			.save();
		this.clock.setInstant(published.plus(Duration.ofDays(1)));
		String url = BASE + "/news/" + article.getSlug();

		Document html = html("/news/" + article.getSlug());

		assertThat(meta(html, "name", "description")).isEqualTo("What happened, in one sentence.");
		assertThat(html.select("link[rel=canonical]").attr("href")).isEqualTo(url);
		assertThat(meta(html, "property", "og:title")).isEqualTo("Meta news 9901");
		assertThat(meta(html, "property", "og:description")).isEqualTo("What happened, in one sentence.");
		assertThat(meta(html, "property", "og:url")).isEqualTo(url);
		assertThat(meta(html, "property", "og:type")).isEqualTo("article");
		assertThat(meta(html, "property", "og:site_name")).isEqualTo("Cybercrime");
		assertThat(meta(html, "property", "article:published_time")).isEqualTo("2042-01-10T09:30:00Z");
		JsonNode data = jsonLd(html);
		assertThat(data.get("@context").asString()).isEqualTo("https://schema.org");
		assertThat(data.get("@type").asString()).isEqualTo("NewsArticle");
		assertThat(data.get("headline").asString()).isEqualTo("Meta news 9901");
		assertThat(data.get("description").asString()).isEqualTo("What happened, in one sentence.");
		assertThat(data.get("datePublished").asString()).isEqualTo("2042-01-10T09:30:00Z");
		assertThat(data.get("dateModified").asString()).isEqualTo("2042-01-10T09:30:00Z");
		assertThat(data.get("url").asString()).isEqualTo(url);
		assertThat(data.get("publisher").get("@type").asString()).isEqualTo("Organization");
		assertThat(data.get("publisher").get("name").asString()).isEqualTo("Council of Europe");
	}

	@Test
	void frenchPagesNameTheSiteAndItsOrganisationInFrench() throws Exception {
		Document french = html("/fr");
		Document english = html("/");

		assertThat(french.select(".site-brand__org").text()).isEqualTo("Conseil de l’Europe");
		assertThat(french.select(".hero__tagline").text()).startsWith("Protéger les sociétés");
		assertThat(french.select("footer").text()).contains("Conseil de l’Europe").doesNotContain("Council of Europe");
		assertThat(meta(french, "property", "og:site_name")).isEqualTo("Cybercriminalité");
		assertThat(meta(french, "name", "description")).startsWith("Protéger les sociétés");
		assertThat(french.title()).isEqualTo("Cybercriminalité · Conseil de l’Europe");
		assertThat(english.select(".site-brand__org").text()).isEqualTo("Council of Europe");
		assertThat(meta(english, "name", "description")).isEqualTo(TAGLINE);
	}

	@Test
	void articleWithoutSummaryIsDescribedByTheStartOfItsText() throws Exception {
		Instant published = Instant.parse("2042-01-11T09:30:00Z");
		Article article = this.articles.pressRelease("Meta press release 9902")
			.summary("")
			.body("<p>The <strong>first</strong> words.</p><p>" + "Then more. ".repeat(60) + "</p>")
			.publishedAt(published)
			.save();
		this.clock.setInstant(published);

		Document html = html("/press-releases/" + article.getSlug());

		String description = meta(html, "name", "description");
		assertThat(description).startsWith("The first words. Then more.").endsWith("…");
		assertThat(description.length()).isLessThanOrEqualTo(PageHeads.MAX_DESCRIPTION);
		assertThat(jsonLd(html).get("@type").asString()).isEqualTo("NewsArticle");
	}

	@Test
	void titleThatClosesTheScriptElementStaysInsideTheJsonLd() throws Exception {
		Instant published = Instant.parse("2042-01-12T09:30:00Z");
		String title = "</script><script>alert(1)</script> & <!-- \u2028 \"quoted\"";
		Article article = this.articles.news(title)
			.summary("</SCRIPT ><img src=x onerror=alert(2)>")
			.publishedAt(published)
			.save();
		this.clock.setInstant(published);

		String body = this.mvc.perform(get("/news/" + article.getSlug()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(body).doesNotContain("<script>alert(1)").doesNotContain("<img src=x");
		String open = "<script type=\"application/ld+json\">";
		int start = body.indexOf(open) + open.length();
		String jsonLd = body.substring(start, body.indexOf("</script>", start));
		assertThat(jsonLd.toLowerCase()).doesNotContain("</script").doesNotContain("<!--");
		JsonNode data = JSON.readTree(jsonLd);
		assertThat(data.get("headline").asString()).isEqualTo(title);
		assertThat(data.get("description").asString()).isEqualTo("</SCRIPT ><img src=x onerror=alert(2)>");
		Document html = Jsoup.parse(body);
		assertThat(html.select("script:not([src])"))
			.allSatisfy((script) -> assertThat(script.attr("type")).isEqualTo("application/ld+json"));
		assertThat(meta(html, "property", "og:title")).isEqualTo(title);
	}

	@Test
	void homePageIsTheWebSiteWithItsSearch() throws Exception {
		Document html = html("/");

		assertThat(meta(html, "name", "description")).isEqualTo(TAGLINE);
		assertThat(html.select("link[rel=canonical]").attr("href")).isEqualTo(BASE + "/");
		assertThat(meta(html, "property", "og:title")).isEqualTo("Cybercrime");
		assertThat(meta(html, "property", "og:type")).isEqualTo("website");
		assertThat(meta(html, "property", "og:url")).isEqualTo(BASE + "/");
		assertThat(html.select("meta[property=\"article:published_time\"]")).isEmpty();
		JsonNode site = jsonLd(html);
		assertThat(site.get("@type").asString()).isEqualTo("WebSite");
		assertThat(site.get("name").asString()).isEqualTo("Cybercrime");
		assertThat(site.get("url").asString()).isEqualTo(BASE + "/");
		assertThat(site.get("potentialAction").get("@type").asString()).isEqualTo("SearchAction");
		assertThat(site.get("potentialAction").get("target").get("urlTemplate").asString())
			.isEqualTo(BASE + "/search?q={search_term_string}");
		assertThat(site.get("potentialAction").get("query-input").asString())
			.isEqualTo("required name=search_term_string");
	}

	@Test
	void countryProfileIsACountryWithItsCode() throws Exception {
		Document html = html("/countries/fr");

		assertThat(meta(html, "name", "description"))
			.isEqualTo("France and the treaties of the Cybercrime portal: signatures, ratifications, entry into force"
					+ " and statements.");
		assertThat(html.select("link[rel=canonical]").attr("href")).isEqualTo(BASE + "/countries/fr");
		assertThat(meta(html, "property", "og:title")).isEqualTo("France");
		assertThat(meta(html, "property", "og:type")).isEqualTo("website");
		JsonNode country = jsonLd(html);
		assertThat(country.get("@type").asString()).isEqualTo("Country");
		assertThat(country.get("name").asString()).isEqualTo("France");
		assertThat(country.get("identifier").asString()).isEqualTo("FR");
		assertThat(country.get("url").asString()).isEqualTo(BASE + "/countries/fr");
	}

	@Test
	void listsKeepOnlyTheParametersThatChooseTheirContentInTheCanonicalAddress() throws Exception {
		assertThat(canonical("/news?page=2&utm_source=newsletter")).isEqualTo(BASE + "/news?page=2");
		assertThat(canonical("/news?page=1")).isEqualTo(BASE + "/news");
		assertThat(canonical("/news?year=2008&category=no-such-topic")).isEqualTo(BASE + "/news?year=2008");
		assertThat(canonical("/press-releases?fbclid=abc")).isEqualTo(BASE + "/press-releases");
		assertThat(canonical("/countries?status=party")).isEqualTo(BASE + "/countries");
		assertThat(canonical("/treaties")).isEqualTo(BASE + "/treaties");
	}

	@Test
	void searchResultsAskNotToBeIndexed() throws Exception {
		Document html = html("/search?q=convention");

		assertThat(meta(html, "name", "robots")).isEqualTo("noindex");
		assertThat(html.select("link[rel=canonical]")).isEmpty();
		assertThat(meta(html, "name", "description")).isNotBlank();
	}

	@Test
	void pageThatSetsNothingGetsTheSiteNameAndTagline() throws Exception {
		Document html = html("/login");

		assertThat(meta(html, "name", "description")).isEqualTo(TAGLINE);
		assertThat(meta(html, "property", "og:title")).isEqualTo("Cybercrime");
		assertThat(html.select("link[rel=canonical]")).isEmpty();
		assertThat(html.select("script[type=application/ld+json]")).isEmpty();
	}

	@Test
	void everyPublicPageHasADescriptionAndOpenGraphTags() throws Exception {
		for (String path : List.of("/", "/news", "/press-releases", "/treaties", "/countries", "/countries/ee",
				"/search", "/login")) {
			Document html = html(path);
			assertThat(meta(html, "name", "description")).as(path).isNotBlank();
			assertThat(meta(html, "property", "og:title")).as(path).isNotBlank();
			assertThat(meta(html, "property", "og:description")).as(path).isNotBlank();
			assertThat(meta(html, "property", "og:site_name")).as(path).isEqualTo("Cybercrime");
			assertThat(meta(html, "property", "og:type")).as(path).isIn("website", "article");
		}
	}

	private String canonical(String path) throws Exception {
		return html(path).select("link[rel=canonical]").attr("href");
	}

	private Document html(String path) throws Exception {
		return Jsoup.parse(
				this.mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
	}

	private static String meta(Document html, String attribute, String name) {
		return html.select("head meta[" + attribute + "=\"" + name + "\"]").attr("content");
	}

	private static JsonNode jsonLd(Document html) {
		assertThat(html.select("script[type=application/ld+json]")).hasSize(1);
		return JSON.readTree(html.select("script[type=application/ld+json]").first().data());
	}

}
