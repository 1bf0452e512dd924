package org.treatyportal.search;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.datasource.init.ScriptUtils;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

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

	@Autowired
	private DataSource dataSource;

	@Autowired
	private TransactionTemplate transactions;

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

	@Test
	void frenchSearchFindsTheConventionByItsFrenchTitleWithOrWithoutAccentsAndInThePlural() {
		// The demo treaties, loaded in a transaction that is rolled back.
		this.transactions.executeWithoutResult((status) -> {
			status.setRollbackOnly();
			ScriptUtils.executeSqlScript(DataSourceUtils.getConnection(this.dataSource),
					new ClassPathResource("demo/R__demo_treaties.sql"));
			for (String q : new String[] { "cybercriminalite", "Cybercriminalité", "cybercriminalités" }) {
				assertThat(titlesFound("/fr/search", q, "treaties"))
					.contains("ETS 185 Convention sur la cybercriminalité");
			}
			assertThat(titlesFound("/fr/search", "185", "treaties"))
				.containsExactly("ETS 185 Convention sur la cybercriminalité");
			assertThat(titlesFound("/search", "cybercrime convention", "treaties"))
				.contains("ETS 185 Convention on Cybercrime");
			assertThat(titlesFound("/search", "cybercriminalite", "treaties")).isEmpty();
		});
	}

	@Test
	void aTreatysFrenchTitleEditShowsOnTheNextSearch() throws Exception {
		this.jdbc.update("insert into treaty (series, number, title, short_title, summary) values ('CETS', 9185,"
				+ " 'Wombat Convention', 'Wombat Convention', '<p>On burrows.</p>')");
		try {
			this.jdbc.update("insert into treaty_translation (treaty_id, language, title, short_title, summary,"
					+ " based_on, updated_at) select id, 'fr', 'Convention sur les wombats', 'Wombats',"
					+ " '<p>Sur les terriers.</p>', 'test', now() from treaty where number = 9185");
			assertThat(titlesFound("/fr/search", "wombat terriers", "treaties"))
				.containsExactly("CETS 9185 Convention sur les wombats");
			assertThat(titlesFound("/search", "wombat burrow", "treaties"))
				.containsExactly("CETS 9185 Wombat Convention");

			this.jdbc.update("update treaty_translation set title = 'Convention relative aux wombats'"
					+ " where treaty_id = (select id from treaty where number = 9185)");

			assertThat(titlesFound("/fr/search", "wombat terriers", "treaties"))
				.containsExactly("CETS 9185 Convention relative aux wombats");
			assertThat(titlesFound("/fr/search", "9185", "treaties"))
				.containsExactly("CETS 9185 Convention relative aux wombats");
		}
		finally {
			this.jdbc.update("delete from treaty where number = 9185");
		}
	}

	@Test
	void aFrenchProfileSectionsWordFindsTheProfileOnTheFrenchSearchOnly() throws Exception {
		String code = "LU";
		boolean hadProfile = this.jdbc.update("insert into country_profile (country_id, legislation) select id,"
				+ " '<p>Cybercrime act.</p>' from country where code = ? on conflict do nothing", code) == 0;
		this.jdbc.update("insert into country_profile_translation (country_id, language, legislation, based_on,"
				+ " updated_at) select id, 'fr', '<p>La loi sur les zibelines numériques est entrée en vigueur.</p>',"
				+ " 'test', now() from country where code = ?", code);
		try {
			this.mvc.perform(get("/fr/search").param("q", "zibeline numerique").param("type", "countries"))
				.andExpect(page((html) -> {
					assertThat(html.select(".search-hit__title a").eachText()).containsExactly("Luxembourg");
					assertThat(html.select(".search-hit__title a").attr("href")).isEqualTo("/fr/countries/lu");
					assertThat(html.select(".search-hit__snippet mark").eachText()).contains("zibelines");
				}));
			assertThat(titlesFound("/search", "zibeline", "countries")).isEmpty();
			assertThat(titlesFound("/fr/search", "allemagne", "countries")).containsExactly("Allemagne");
			assertThat(titlesFound("/search", "germany", "countries")).containsExactly("Germany");
		}
		finally {
			this.jdbc.update("delete from country_profile_translation where country_id = (select id from country"
					+ " where code = ?) and language = 'fr'", code);
			if (!hadProfile) {
				this.jdbc.update(
						"delete from country_profile where country_id = (select id from country" + " where code = ?)",
						code);
			}
		}
		assertThat(titlesFound("/fr/search", "zibeline", "countries")).isEmpty();
	}

	@Test
	void aTranslatedDocumentIsFoundInFrenchByTheTextOfItsFiles() throws Exception {
		long document = this.jdbc.queryForObject(
				"insert into document (slug, title, summary, state, publish_at,"
						+ " first_published_at, document_type) values ('quokka-guidelines', 'Quokka guidelines', '',"
						+ " 'PUBLISHED', '2035-01-01T00:00:00Z', '2035-01-01T00:00:00Z', 'GUIDELINES') returning id",
				Long.class);
		try {
			this.jdbc.update("insert into document_translation (document_id, language, slug, title, based_on,"
					+ " updated_at) values (?, 'fr', 'lignes-directrices-quokka', 'Lignes directrices quokka',"
					+ " 'test', now())", document);
			long file = this.jdbc
				.queryForObject(
						"insert into stored_file (content, size, sha256, content_type, original_name)"
								+ " values ('x', 1, repeat('b', 64), 'application/pdf', 'q.pdf') returning id",
						Long.class);
			this.jdbc.update("insert into document_file (document_id, language, file_id, version, current,"
					+ " extracted_text, uploaded_at) values (?, 'fr', ?, 1, true,"
					+ " 'Les enquêteurs saisissent les données informatisées.', now())", document, file);
			this.clock.setInstant(NOW);

			this.mvc.perform(get("/fr/search").param("q", "quokka enqueteur saisie donnee informatisee"))
				.andExpect(page((html) -> {
					assertThat(html.select(".search-hit__title a").eachText())
						.containsExactly("Lignes directrices quokka");
					assertThat(html.select(".search-hit__title a").attr("href"))
						.isEqualTo("/fr/documents/lignes-directrices-quokka");
				}));
		}
		finally {
			this.jdbc.update("delete from document where id = ?", document);
			this.jdbc.update("delete from stored_file where original_name = 'q.pdf' and sha256 = repeat('b', 64)");
		}
	}

	/**
	 * Each table a searched row is made of, changed on its own, changes what the next
	 * search finds (the rows of {@code search_item} follow, V109).
	 */
	@Test
	void everyChangeToWhatACountryIsSearchedByShowsOnTheNextSearch() {
		this.jdbc.update("insert into country (code, name, region) values ('QK', 'Quokkaland', 'OCEANIA')");
		try {
			assertThat(titlesFound("/search", "quokkaland", "countries")).containsExactly("Quokkaland");
			this.jdbc.update("insert into country_name (country_id, language, name)"
					+ " select id, 'fr', 'Quokkalandie' from country where code = 'QK'");
			assertThat(titlesFound("/fr/search", "quokkalandie", "countries")).containsExactly("Quokkalandie");
			assertThat(titlesFound("/search", "quokkalandie", "countries")).containsExactly("Quokkaland");

			this.jdbc.update("update country_name set name = 'Quokkalanda' where language = 'fr'"
					+ " and country_id = (select id from country where code = 'QK')");
			assertThat(titlesFound("/fr/search", "quokkalandie", "countries")).isEmpty();
			assertThat(titlesFound("/fr/search", "quokkaland", "countries")).containsExactly("Quokkalanda");

			this.jdbc.update("insert into country_profile (country_id, language, legislation)"
					+ " select id, 'en', '<p>The wombatic code</p>' from country where code = 'QK'");
			assertThat(titlesFound("/fr/search", "wombatic", "countries")).containsExactly("Quokkalanda");
			this.jdbc.update("insert into country_profile_translation (country_id, language, legislation, based_on,"
					+ " updated_at) select id, 'fr', '<p>Le code koalesque</p>', 'test', now() from country"
					+ " where code = 'QK'");
			assertThat(titlesFound("/fr/search", "wombatic", "countries")).isEmpty();
			assertThat(titlesFound("/fr/search", "koalesque", "countries")).containsExactly("Quokkalanda");
			assertThat(titlesFound("/search", "wombatic", "countries")).containsExactly("Quokkaland");

			this.jdbc.update("update country set name = 'Quokka Isles' where code = 'QK'");
			assertThat(titlesFound("/search", "wombatic", "countries")).containsExactly("Quokka Isles");
		}
		finally {
			this.jdbc.update("delete from country where code = 'QK'");
		}
		assertThat(titlesFound("/search", "quokka", "countries")).isEmpty();
		assertThat(this.jdbc.queryForObject(
				"select count(*) from search_item where type = 'countries' and title like 'Quokka%'", Long.class))
			.isZero();
	}

	@Test
	void aTranslationRemovedGivesTheOriginalBackOnTheNextSearch() {
		Article article = this.articles.news("Numbatland signs").publishedAt(NOW.minusSeconds(60)).save();
		this.saved.add(article.getId());
		this.clock.setInstant(NOW);
		translate(article, "numbatie", "La Numbatie signe numbatland", "");
		assertThat(titlesFound("/fr/search", "numbatland", "news")).containsExactly("La Numbatie signe numbatland");

		this.jdbc.update("delete from article_translation where article_id = ?", article.getId());

		assertThat(titlesFound("/fr/search", "numbatland", "news")).containsExactly("Numbatland signs");
	}

	private List<String> titlesFound(String path, String q, String type) {
		List<String> titles = new ArrayList<>();
		try {
			this.mvc.perform(get(path).param("q", q).param("type", type))
				.andExpect(page((html) -> titles.addAll(html.select(".search-hit__title a").eachText())));
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
		return titles;
	}

	private void translate(Article article, String slug, String title, String summary) {
		this.jdbc.update(
				"insert into article_translation (article_id, language, slug, title, summary, body, based_on,"
						+ " updated_at) values (?, 'fr', ?, ?, ?, '', 'test', now())",
				article.getId(), slug, title, summary);
	}

}
