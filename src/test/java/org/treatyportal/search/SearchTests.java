package org.treatyportal.search;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import org.treatyportal.news.TestArticles;
import org.treatyportal.support.MutableClock;
import org.treatyportal.support.PortalIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.treatyportal.support.Html.page;

/**
 * The site search on real PostgreSQL full-text search: ranking, visibility, snippets,
 * stop-words, suggestions, filters and strange input.
 */
@PortalIntegrationTest
class SearchTests {

	private static final Instant NOW = Instant.parse("2035-03-01T12:00:00Z");

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestArticles articles;

	@Autowired
	private MutableClock clock;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void titleMatchOutranksBodyOnlyMatch() throws Exception {
		this.articles.news("Regular meeting in Strasbourg")
			.body("<p>The zanzibarite delegation attended.</p>")
			.publishedAt(NOW.minusSeconds(7200))
			.save();
		this.articles.news("Zanzibarite experts gather")
			.body("<p>Experts met.</p>")
			.publishedAt(NOW.minusSeconds(3600))
			.save();
		this.clock.setInstant(NOW);

		this.mvc.perform(get("/search").param("q", "zanzibarite"))
			.andExpect(status().isOk())
			.andExpect(page((html) -> assertThat(html.select(".search-hit__title a").eachText())
				.containsExactly("Zanzibarite experts gather", "Regular meeting in Strasbourg")));
	}

	@Test
	void titleAndSummaryMatchesRankAheadOfNewerTextOnlyMatches() throws Exception {
		this.articles.news("Wallabyton conference opens").publishedAt(NOW.minusSeconds(90000)).save();
		this.articles.news("Annual report")
			.summary("The wallabyton delegation reported.")
			.publishedAt(NOW.minusSeconds(7200))
			.save();
		this.articles.news("Plenary meeting")
			.body("<p>Wallabyton wallabyton wallabyton was mentioned.</p>")
			.publishedAt(NOW.minusSeconds(60))
			.save();
		this.clock.setInstant(NOW);

		this.mvc.perform(get("/search").param("q", "wallabyton"))
			.andExpect(page((html) -> assertThat(html.select(".search-hit__title a").eachText())
				.containsExactly("Wallabyton conference opens", "Annual report", "Plenary meeting")));
	}

	@Test
	void aWordLeftOutIsLeftOutOfTheTextTooWhenTheTitleMatches() throws Exception {
		this.articles.news("Kangarooville workshop").body("<p>A draft law was read.</p>").publishedAt(NOW).save();
		this.articles.news("Kangarooville round table").publishedAt(NOW).save();
		this.clock.setInstant(NOW);

		this.mvc.perform(get("/search").param("q", "kangarooville -draft"))
			.andExpect(page((html) -> assertThat(html.select(".search-hit__title a").eachText())
				.containsExactly("Kangarooville round table")));
	}

	@Test
	void pastAThousandMatchesTheCountSaysMoreThanAThousand() throws Exception {
		insertNews("Bilbyburg", 1000);
		this.clock.setInstant(NOW);
		this.mvc.perform(get("/search").param("q", "bilbyburg")).andExpect(page((html) -> {
			assertThat(html.select(".list-status").text()).startsWith("1,000 results");
			assertThat(html.select(".search-hit")).hasSize(SearchService.PAGE_SIZE);
		}));

		insertNews("Bilbyburg", 1);
		this.mvc.perform(get("/search").param("q", "bilbyburg"))
			.andExpect(page(
					(html) -> assertThat(html.select(".list-status").text()).startsWith("More than 1,000 results")));
		this.mvc.perform(get("/fr/search").param("q", "bilbyburg"))
			.andExpect(page((html) -> assertThat(html.select(".list-status").text())
				.startsWith("Plus de 1\u202f000 résultats")));
		// The last page of the thousand, and none after it.
		this.mvc.perform(get("/search").param("q", "bilbyburg").param("page", "50"))
			.andExpect(page((html) -> assertThat(html.select(".search-hit")).hasSize(SearchService.PAGE_SIZE)));
		this.mvc.perform(get("/search").param("q", "bilbyburg").param("page", "51"))
			.andExpect(page((html) -> assertThat(html.select(".search-hit")).isEmpty()));
		this.jdbc.update("delete from article where title like 'Bilbyburg%'");
	}

	@Test
	void everyMatchIsOnExactlyOnePageWhetherRankedOrNewestFirst() throws Exception {
		insertNews("Dingoport", 400);
		this.jdbc.update("update article set body = '<p>dingoport</p>', title = 'Item ' || id"
				+ " where title like 'Dingoport%' and id % 3 = 0");
		this.clock.setInstant(NOW);
		java.util.List<String> seen = new java.util.ArrayList<>();
		for (int number = 1; number <= 21; number++) {
			this.mvc.perform(get("/search").param("q", "dingoport").param("page", String.valueOf(number)))
				.andExpect(page((html) -> seen.addAll(html.select(".search-hit__title a").eachAttr("href"))));
		}
		assertThat(seen).hasSize(400).doesNotHaveDuplicates();
		this.jdbc.update("delete from article where slug like 'dingoport-%'");
	}

	private void insertNews(String word, int count) {
		this.jdbc.update("insert into article (kind, slug, title, summary, body, state, publish_at,"
				+ " first_published_at, created_at, updated_at) select 'NEWS', ? || '-' || n || '-' || md5(random()::text),"
				+ " ? || ' item ' || n, '', '', 'PUBLISHED', ?::timestamptz - n * interval '1 minute',"
				+ " ?::timestamptz - n * interval '1 minute', now(), now() from generate_series(1, ?) n",
				word.toLowerCase(java.util.Locale.ROOT), word, NOW.toString(), NOW.toString(), count);
	}

	@Test
	void stemmingAndAccentsAreIgnored() throws Exception {
		this.articles.news("Ratifications by Côte d'Ivoire xylophonist").publishedAt(NOW.minusSeconds(60)).save();
		this.clock.setInstant(NOW);

		this.mvc.perform(get("/search").param("q", "ratification cote xylophonists"))
			.andExpect(page((html) -> assertThat(html.select(".search-hit__title a").eachText())
				.contains("Ratifications by Côte d'Ivoire xylophonist")));
	}

	@Test
	void scheduledItemAppearsOnlyFromItsInstantAndDraftsNever() throws Exception {
		Instant embargo = NOW.plusSeconds(3600);
		this.articles.pressRelease("Quokkaland accedes").publishedAt(embargo).save();
		this.articles.pressRelease("Quokkaland draft").save();

		this.clock.setInstant(embargo.minusSeconds(1));
		this.mvc.perform(get("/search").param("q", "quokkaland"))
			.andExpect(page((html) -> assertThat(html.select(".search-hit")).isEmpty()));
		this.clock.setInstant(embargo);
		this.mvc.perform(get("/search").param("q", "quokkaland"))
			.andExpect(page((html) -> assertThat(html.select(".search-hit__title a").eachText())
				.containsExactly("Quokkaland accedes")));
	}

	@Test
	void snippetsEscapeIndexedContentAndMarkOnlyTheMatch() throws Exception {
		this.articles.news("Snippet test wombatia")
			.summary("About <script>alert('x')</script> and wombatia tags")
			.body("<p>Text about wombatia &amp; more.</p>")
			.publishedAt(NOW.minusSeconds(60))
			.save();
		this.clock.setInstant(NOW);

		this.mvc.perform(get("/search").param("q", "wombatia")).andExpect(page((html) -> {
			var snippet = html.select(".search-hit__snippet").first();
			assertThat(snippet.select("script")).isEmpty();
			assertThat(snippet.select("*").eachAttr("onerror")).isEmpty();
			assertThat(snippet.select("mark").eachText()).allMatch((text) -> text.equalsIgnoreCase("wombatia"));
			assertThat(snippet.children().stream().map((element) -> element.tagName())).containsOnly("mark");
			assertThat(snippet.html()).doesNotContain("<script");
		}));
	}

	@Test
	void queryIsNeverInterpretedAsMarkup() throws Exception {
		this.mvc.perform(get("/search").param("q", "<img src=x onerror=alert(1)> \"unclosed"))
			.andExpect(status().isOk())
			.andExpect(page((html) -> {
				assertThat(html.select("main img")).isEmpty();
				assertThat(html.select("#q").val()).isEqualTo("<img src=x onerror=alert(1)> \"unclosed");
			}));
	}

	@Test
	void onlyStopWordsOrPunctuationGiveAHelpfulMessage() throws Exception {
		for (String q : new String[] { "the of and", "!!! ... ???", "-" }) {
			this.mvc.perform(get("/search").param("q", q))
				.andExpect(status().isOk())
				.andExpect(
						page((html) -> assertThat(html.select(".alert--info").text()).contains("very common words")));
		}
	}

	@Test
	void misspeltQuerySuggestsTitleWords() throws Exception {
		this.articles.news("Platypusian convention signed").publishedAt(NOW.minusSeconds(60)).save();
		this.clock.setInstant(NOW);

		this.mvc.perform(get("/search").param("q", "platypusien convension")).andExpect(page((html) -> {
			assertThat(html.select(".search-hit")).isEmpty();
			assertThat(html.select(".search-suggestion a").text()).isEqualTo("platypusian convention");
		}));
	}

	@Test
	void filtersByTypeAndYear() throws Exception {
		this.articles.news("Echidnaville news 2031").publishedAt(Instant.parse("2031-05-01T10:00:00Z")).save();
		this.articles.pressRelease("Echidnaville release 2032")
			.publishedAt(Instant.parse("2032-05-01T10:00:00Z"))
			.save();
		this.clock.setInstant(NOW);

		this.mvc.perform(get("/search").param("q", "echidnaville").param("type", "press-releases"))
			.andExpect(page((html) -> assertThat(html.select(".search-hit__title a").eachText())
				.containsExactly("Echidnaville release 2032")));
		this.mvc.perform(get("/search").param("q", "echidnaville").param("year", "2031"))
			.andExpect(page((html) -> assertThat(html.select(".search-hit__title a").eachText())
				.containsExactly("Echidnaville news 2031")));
	}

	@Test
	void documentsAreFoundByTheTextOfTheirFilesAndFilteredByCountry() throws Exception {
		long document = this.jdbc.queryForObject("insert into document (slug, title, summary, state, publish_at,"
				+ " first_published_at, document_type) values ('numbat-guidelines', 'Guidelines', 'For investigators',"
				+ " 'PUBLISHED', '2035-01-01T00:00:00Z', '2035-01-01T00:00:00Z', 'GUIDELINES') returning id",
				Long.class);
		this.jdbc.update("insert into document_country (document_id, country_code) values (?, 'EE'), (?, 'LV')",
				document, document);
		long file = this.jdbc
			.queryForObject("insert into stored_file (content, size, sha256, content_type, original_name)"
					+ " values ('x', 1, repeat('a', 64), 'application/pdf', 'g.pdf') returning id", Long.class);
		this.jdbc.update(
				"insert into document_file (document_id, language, file_id, version, current, extracted_text,"
						+ " uploaded_at) values (?, 'en', ?, 1, true, 'Cooperation with numbatland providers', now())",
				document, file);
		this.clock.setInstant(NOW);

		this.mvc.perform(get("/search").param("q", "numbatland").param("country", "lv")).andExpect(page((html) -> {
			assertThat(html.select(".search-hit__title a").eachText()).containsExactly("Guidelines");
			assertThat(html.select(".search-hit__title a").attr("href")).isEqualTo("/documents/numbat-guidelines");
			assertThat(html.select(".search-hit__snippet mark").text()).isEqualToIgnoringCase("numbatland");
		}));
		this.mvc.perform(get("/search").param("q", "numbatland").param("country", "FR"))
			.andExpect(page((html) -> assertThat(html.select(".search-hit")).isEmpty()));
		this.jdbc.update("update document_file set current = false where document_id = ?", document);
		this.mvc.perform(get("/search").param("q", "numbatland"))
			.andExpect(page((html) -> assertThat(html.select(".search-hit")).isEmpty()));
	}

	@Test
	void anyInputGivesAPage() throws Exception {
		String[] inputs = { "x".repeat(5000), "\u0001 control", "'; drop table article; --", "a & b | !c", "\"\"\"",
				"((((", "\uD83D\uDE00 emoji", "*:*", "\\", "%" };
		for (String q : inputs) {
			this.mvc.perform(get("/search").param("q", q).param("year", "abc").param("treaty", "-1").param("page", "x"))
				.andExpect(status().isOk());
		}
		this.mvc.perform(get("/search").param("q", "convention").param("page", "99999999")).andExpect(status().isOk());
		// A NUL byte is refused before search sees it, as in every parameter
		// (NulByteFilter).
		this.mvc.perform(get("/search").param("q", "\u0000 null byte")).andExpect(status().isBadRequest());
	}

	@Test
	void searchBoxKeepsTheQuery() throws Exception {
		this.mvc.perform(get("/search").param("q", "octopus 2008")).andExpect(page((html) -> {
			assertThat(html.select("#site-search-q").val()).isEqualTo("octopus 2008");
			assertThat(html.select("#q").val()).isEqualTo("octopus 2008");
		}));
	}

}
