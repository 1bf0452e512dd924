package org.treatyportal.news;

import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import org.treatyportal.publishing.SlugHistory;
import org.treatyportal.revisions.ContentRef;
import org.treatyportal.support.MutableClock;
import org.treatyportal.support.PortalIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.treatyportal.support.Html.page;

/**
 * News items and press releases read in every language: each version at its own slug,
 * other versions' and old slugs answering 301 to the page's language's, and the original
 * with a notice where there is no translation (ADR 18).
 */
@PortalIntegrationTest
class ArticleLanguageTests {

	private static final Instant NOW = Instant.parse("2033-04-20T10:00:00Z");

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestArticles articles;

	@Autowired
	private ArticleRepository repository;

	@Autowired
	private SlugHistory slugHistory;

	@Autowired
	private TransactionTemplate transaction;

	@Autowired
	private MutableClock clock;

	@Autowired
	private EntityManagerFactory entityManagerFactory;

	@BeforeEach
	void fixTheClock() {
		this.clock.setInstant(NOW);
	}

	@Test
	void frenchAddressShowsTheFrenchVersion() throws Exception {
		Article article = translated("Octopus conference opens", "La conférence Octopus s'ouvre");
		String french = frenchSlug(article);

		this.mvc.perform(get("/fr/news/" + french)).andExpect(status().isOk()).andExpect(page((html) -> {
			assertThat(html.select("html").attr("lang")).isEqualTo("fr");
			assertThat(html.select("h1").text()).isEqualTo("La conférence Octopus s'ouvre");
			assertThat(html.select("h1").hasAttr("lang")).isFalse();
			assertThat(html.select(".article__summary").text()).isEqualTo("Les experts se réunissent.");
			assertThat(html.select(".language-fallback")).isEmpty();
		}));
	}

	@Test
	void otherLanguagesSlugAnswersWithTheVersionOfThePagesLanguage() throws Exception {
		Article article = translated("Slug of the other language", "Slug de l'autre langue");
		String french = frenchSlug(article);

		this.mvc.perform(get("/fr/news/" + article.getSlug()))
			.andExpect(status().isMovedPermanently())
			.andExpect(header().string("Location", "/fr/news/" + french));
		this.mvc.perform(get("/news/" + french))
			.andExpect(status().isMovedPermanently())
			.andExpect(header().string("Location", "/news/" + article.getSlug()));
	}

	@Test
	void oldSlugAnswersWithTheCurrentOneOfItsLanguageAndOfAnyAtLast() throws Exception {
		Article article = translated("Renamed in French", "Renommé en français");
		String french = frenchSlug(article);
		ContentRef ref = new ContentRef(ArticleKind.NEWS.contentType(), article.getId());
		String oldFrench = "ancien-" + french;
		String oldEnglish = "old-" + article.getSlug();
		this.slugHistory.renamed(ref, "fr", oldFrench, french);
		this.slugHistory.renamed(ref, "en", oldEnglish, article.getSlug());

		this.mvc.perform(get("/fr/news/" + oldFrench))
			.andExpect(status().isMovedPermanently())
			.andExpect(header().string("Location", "/fr/news/" + french));
		this.mvc.perform(get("/fr/news/" + oldEnglish))
			.andExpect(status().isMovedPermanently())
			.andExpect(header().string("Location", "/fr/news/" + french));
		this.mvc.perform(get("/news/" + oldFrench))
			.andExpect(status().isMovedPermanently())
			.andExpect(header().string("Location", "/news/" + article.getSlug()));
	}

	@Test
	void itemWithoutAFrenchVersionShowsItsOriginalMarkedAsEnglish() throws Exception {
		Article article = this.articles.news("English only item").summary("Only in English.").publishedAt(NOW).save();

		this.mvc.perform(get("/fr/news/" + article.getSlug())).andExpect(status().isOk()).andExpect(page((html) -> {
			assertThat(html.select("html").attr("lang")).isEqualTo("fr");
			assertThat(html.select("h1").text()).isEqualTo("English only item");
			assertThat(html.select("h1").attr("lang")).isEqualTo("en");
			assertThat(html.select(".article__summary").attr("lang")).isEqualTo("en");
			assertThat(html.select(".article__body").attr("lang")).isEqualTo("en");
			assertThat(html.select(".language-fallback").text())
				.isEqualTo("Ce texte n’a pas encore été traduit en français.");
		}));
	}

	@Test
	void itemWrittenInFrenchShowsOnEnglishPagesMarkedAsFrench() throws Exception {
		Article article = this.articles.news("Atelier à Dakar")
			.summary("Un atelier de deux jours.")
			.publishedAt(NOW)
			.save();
		change(article.getId(), (item) -> item.setLanguage("fr"));

		this.mvc.perform(get("/news/" + article.getSlug())).andExpect(status().isOk()).andExpect(page((html) -> {
			assertThat(html.select("html").attr("lang")).isEqualTo("en");
			assertThat(html.select("h1").attr("lang")).isEqualTo("fr");
			assertThat(html.select(".language-fallback").text())
				.isEqualTo("This text has not been translated into English yet.");
			assertThat(hreflangs(html)).containsExactly("fr", "x-default");
			assertThat(html.select("link[rel=canonical]").attr("href")).endsWith("/fr/news/" + article.getSlug());
			assertThat(html.select("meta[property=og:locale]").attr("content")).isEqualTo("fr_FR");
		}));
		this.mvc.perform(get("/fr/news/" + article.getSlug())).andExpect(status().isOk()).andExpect(page((html) -> {
			assertThat(html.select("h1").hasAttr("lang")).isFalse();
			assertThat(html.select(".language-fallback")).isEmpty();
		}));
	}

	@Test
	void switchAndHreflangLeadToTheTranslatedAddress() throws Exception {
		Article article = translated("Switch to French", "Passer au français");
		String french = frenchSlug(article);

		this.mvc.perform(get("/news/" + article.getSlug())).andExpect(status().isOk()).andExpect(page((html) -> {
			assertThat(html.select(".language-switch a").attr("href")).isEqualTo("/fr/news/" + french);
			assertThat(html.select("link[hreflang=fr]").attr("href")).endsWith("/fr/news/" + french);
			assertThat(html.select("link[hreflang=en]").attr("href")).endsWith("/news/" + article.getSlug());
			assertThat(html.select("link[hreflang=x-default]").attr("href")).endsWith("/news/" + article.getSlug());
			assertThat(html.select("meta[property=og:locale]").attr("content")).isEqualTo("en_GB");
			assertThat(html.select("meta[property=og:locale:alternate]").attr("content")).isEqualTo("fr_FR");
			assertThat(html.select("script[type=application/ld+json]").html()).contains("\"inLanguage\":\"en\"");
		}));
		this.mvc.perform(get("/fr/news/" + french)).andExpect(status().isOk()).andExpect(page((html) -> {
			assertThat(html.select(".language-switch a").attr("href")).isEqualTo("/news/" + article.getSlug());
			assertThat(html.select("link[rel=canonical]").attr("href")).endsWith("/fr/news/" + french);
			assertThat(html.select("meta[property=og:locale]").attr("content")).isEqualTo("fr_FR");
			assertThat(html.select("script[type=application/ld+json]").html()).contains("\"inLanguage\":\"fr\"");
		}));
	}

	@Test
	void itemWithoutTranslationAnnouncesNoOtherLanguageButTheSwitchStaysOnIt() throws Exception {
		Article article = this.articles.news("Untranslated item").publishedAt(NOW).save();

		this.mvc.perform(get("/news/" + article.getSlug())).andExpect(status().isOk()).andExpect(page((html) -> {
			assertThat(html.select(".language-switch a").attr("href")).isEqualTo("/fr/news/" + article.getSlug());
			assertThat(hreflangs(html)).containsExactly("en", "x-default");
			assertThat(html.select("meta[property=og:locale:alternate]")).isEmpty();
		}));
		this.mvc.perform(get("/fr/news/" + article.getSlug())).andExpect(status().isOk()).andExpect(page((html) -> {
			assertThat(html.select("link[rel=canonical]").attr("href")).doesNotContain("/fr/");
			assertThat(html.select("meta[property=og:locale]").attr("content")).isEqualTo("en_GB");
			assertThat(html.select("script[type=application/ld+json]").html()).contains("\"inLanguage\":\"en\"");
		}));
	}

	@Test
	void listShowsEachItemInTheBestLanguageAvailable() throws Exception {
		String category = this.articles.newCategory("Languages in lists");
		Article translated = translated("Listed in both", "Listé dans les deux", category);
		this.articles.news("Listed in English only").publishedAt(NOW.minusSeconds(10)).category(category).save();

		this.mvc.perform(get("/fr/news").param("category", category))
			.andExpect(status().isOk())
			.andExpect(page((html) -> {
				assertThat(html.select("main .article-card__title a").eachText()).containsExactly("Listé dans les deux",
						"Listed in English only");
				assertThat(html.select("main .article-card__title a").get(0).attr("href"))
					.isEqualTo("/fr/news/" + frenchSlug(translated));
				assertThat(html.select("main .article-card__title a").get(1).attr("href")).startsWith("/fr/news/t-");
				assertThat(html.select("main .article-card__title a").get(0).hasAttr("lang")).isFalse();
				assertThat(html.select("main .article-card__title a").get(1).attr("lang")).isEqualTo("en");
			}));
	}

	@Test
	void listLoadsTranslationsInBatchesNotOneQueryPerItem() throws Exception {
		String category = this.articles.newCategory("Batch loading");
		for (int i = 0; i < 12; i++) {
			translated("Batch item " + i, "Élément " + i, category);
		}
		Statistics statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		statistics.setStatisticsEnabled(true);
		statistics.clear();
		try {
			this.mvc.perform(get("/fr/news").param("category", category))
				.andExpect(status().isOk())
				.andExpect(page((html) -> assertThat(html.select("main .article-card")).hasSize(12)));
			// The list, its count, years, topics, the menu and a batch of translations:
			// a query per item would be a dozen more.
			assertThat(statistics.getPrepareStatementCount()).isLessThan(12);
		}
		finally {
			statistics.setStatisticsEnabled(false);
		}
	}

	@Test
	void feedSitemapAndApiCarryTheLanguage() throws Exception {
		Article article = translated("Syndicated in both", "Diffusé dans les deux");
		String french = frenchSlug(article);
		Article englishOnly = this.articles.news("Syndicated in English").publishedAt(NOW).save();

		String feed = this.mvc.perform(get("/fr/feeds/news.atom"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(feed).contains(">Diffusé dans les deux</title>")
			.contains("/fr/news/" + french + "\"")
			.contains("xml:lang=\"en\"")
			.contains("/fr/news/" + englishOnly.getSlug());

		String sitemap = this.mvc.perform(get("/sitemap.xml"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(sitemap).contains("/fr/news/" + french + "</loc>")
			.contains("/fr/news/" + french + "\"/>")
			.doesNotContain("/fr/news/" + article.getSlug() + "<")
			.contains("/news/" + englishOnly.getSlug() + "</loc>")
			.doesNotContain("/fr/news/" + englishOnly.getSlug());

		this.mvc.perform(get("/api/news/" + article.getSlug()).param("lang", "fr"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.title").value("Diffusé dans les deux"))
			.andExpect(jsonPath("$.language").value("fr"));
		this.mvc.perform(get("/api/news/" + englishOnly.getSlug()).param("lang", "fr"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.title").value("Syndicated in English"))
			.andExpect(jsonPath("$.language").value("en"));
		this.mvc.perform(get("/api/news").param("lang", "fr"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[?(@.url == '/fr/news/" + french + "')].language").value("fr"));
		this.mvc.perform(get("/api/news").param("lang", "xx"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.error").value("lang must be one of en, fr"));
	}

	private Article translated(String english, String french, String... categories) {
		TestArticles.Builder builder = this.articles.news(english).publishedAt(NOW);
		for (String category : categories) {
			builder.category(category);
		}
		Article article = builder.save();
		change(article.getId(), (item) -> item.translate("fr", "fr-" + article.getSlug(), french,
				"Les experts se réunissent.", "<p>Texte</p>", NOW));
		return article;
	}

	private static String frenchSlug(Article article) {
		return "fr-" + article.getSlug();
	}

	private static List<String> hreflangs(Document html) {
		return html.select("link[rel=alternate][hreflang]").eachAttr("hreflang");
	}

	private void change(long id, Consumer<Article> change) {
		this.transaction.executeWithoutResult((status) -> change.accept(this.repository.findById(id).orElseThrow()));
	}

}
