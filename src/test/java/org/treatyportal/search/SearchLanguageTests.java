package org.treatyportal.search;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import org.treatyportal.news.Article;
import org.treatyportal.news.TestArticles;
import org.treatyportal.support.MutableClock;
import org.treatyportal.support.PortalIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.treatyportal.support.Html.page;

/**
 * The site search in each language on real PostgreSQL: French words with French stemming
 * and no accents, English as before, the original where an item has no translation, and
 * the results cache keeping the languages apart.
 */
@PortalIntegrationTest
class SearchLanguageTests {

	private static final Instant NOW = Instant.parse("2036-05-01T12:00:00Z");

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestArticles articles;

	@Autowired
	private MutableClock clock;

	@Autowired
	private JdbcTemplate jdbc;

	private final List<Long> saved = new ArrayList<>();

	/** Other tests list articles by year: these leave none behind. */
	@AfterEach
	void removeArticles() {
		this.saved.forEach((id) -> this.jdbc.update("delete from article where id = ?", id));
	}

	@Test
	void frenchWordsWithOrWithoutAccentsAndInThePluralFindTheSameItems() throws Exception {
		Article article = this.articles.news("Gerbilland adopts a cybercrime law")
			.publishedAt(NOW.minusSeconds(60))
			.save();
		this.saved.add(article.getId());
		translate(article, "loi-gerbillande", "La Gerbillande adopte une loi sur la cybercriminalité",
				"Un texte attendu.");
		this.clock.setInstant(NOW);

		for (String q : new String[] { "gerbillande cybercriminalite", "Gerbillande cybercriminalité",
				"gerbillande Cybercriminalités" }) {
			this.mvc.perform(get("/fr/search").param("q", q)).andExpect(page((html) -> {
				assertThat(html.select(".search-hit__title a").eachText())
					.containsExactly("La Gerbillande adopte une loi sur la cybercriminalité");
				assertThat(html.select(".search-hit__title a").attr("href")).isEqualTo("/fr/news/loi-gerbillande");
				assertThat(html.select(".search-hit__title a").hasAttr("lang")).isFalse();
			}));
		}
	}

	@Test
	void englishSearchesTheEnglishVersionWithEnglishStemming() throws Exception {
		Article article = this.articles.news("Hamsterdam ratifications announced")
			.publishedAt(NOW.minusSeconds(60))
			.save();
		this.saved.add(article.getId());
		translate(article, "ratifications-hamsterdam", "Annonce des ratifications de Hamsterdam", "");
		this.clock.setInstant(NOW);

		this.mvc.perform(get("/search").param("q", "hamsterdam ratification"))
			.andExpect(page((html) -> assertThat(html.select(".search-hit__title a").eachText())
				.containsExactly("Hamsterdam ratifications announced")));
		this.mvc.perform(get("/search").param("q", "hamsterdam annonce"))
			.andExpect(page((html) -> assertThat(html.select(".search-hit")).isEmpty()));
	}

	@Test
	void withoutATranslationTheOriginalIsSearchedInItsLanguageAndMarkedSo() throws Exception {
		this.saved.add(this.articles.news("Voleland workshops held").publishedAt(NOW.minusSeconds(60)).save().getId());
		Article french = this.articles.news("Ateliers régionaux à Lemmingville")
			.publishedAt(NOW.minusSeconds(120))
			.save();
		this.saved.add(french.getId());
		this.jdbc.update("update article set language = 'fr' where id = ?", french.getId());
		this.clock.setInstant(NOW);

		this.mvc.perform(get("/fr/search").param("q", "voleland workshop")).andExpect(page((html) -> {
			assertThat(html.select(".search-hit__title a").eachText()).containsExactly("Voleland workshops held");
			assertThat(html.select(".search-hit__title a").attr("lang")).isEqualTo("en");
		}));
		this.mvc.perform(get("/search").param("q", "atelier regional lemmingville")).andExpect(page((html) -> {
			assertThat(html.select(".search-hit__title a").eachText())
				.containsExactly("Ateliers régionaux à Lemmingville");
			assertThat(html.select(".search-hit__title a").attr("lang")).isEqualTo("fr");
		}));
	}

	@Test
	void theSameWordsInEachLanguageAreSeparateCachedSearches() throws Exception {
		Article article = this.articles.news("Marmotania treaty signed").publishedAt(NOW.minusSeconds(60)).save();
		this.saved.add(article.getId());
		translate(article, "traite-marmotania", "Traité signé par la Marmotanie marmotania", "");
		this.clock.setInstant(NOW);

		for (int time = 0; time < 2; time++) {
			this.mvc.perform(get("/search").param("q", "marmotania"))
				.andExpect(page((html) -> assertThat(html.select(".search-hit__title a").eachText())
					.containsExactly("Marmotania treaty signed")));
			this.mvc.perform(get("/fr/search").param("q", "marmotania"))
				.andExpect(page((html) -> assertThat(html.select(".search-hit__title a").eachText())
					.containsExactly("Traité signé par la Marmotanie marmotania")));
		}
	}

	@Test
	void didYouMeanOffersFrenchTitleWordsOnTheFrenchSearch() throws Exception {
		Article article = this.articles.news("Chinchillaland joins").publishedAt(NOW.minusSeconds(60)).save();
		this.saved.add(article.getId());
		translate(article, "adhesion-chinchillande", "Adhésion de la Chinchillande", "");
		this.clock.setInstant(NOW);

		this.mvc.perform(get("/fr/search").param("q", "chinchilande"))
			.andExpect(
					page((html) -> assertThat(html.select(".search-suggestion a").text()).isEqualTo("chinchillande")));
	}

	private void translate(Article article, String slug, String title, String summary) {
		this.jdbc.update(
				"insert into article_translation (article_id, language, slug, title, summary, body, based_on,"
						+ " updated_at) values (?, 'fr', ?, ?, ?, '', 'test', now())",
				article.getId(), slug, title, summary);
	}

}
