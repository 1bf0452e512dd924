package org.treatyportal.search;

import java.time.Instant;
import java.util.List;

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
	void aWordFarIntoALongTextIsShownMarkedWhateverItsAccentsAndCase() throws Exception {
		String filler = "<p>" + "Delegates discussed the agenda of the meeting at length. ".repeat(60) + "</p>";
		this.articles.news("Long report numbatshire")
			.summary("A long report.")
			.body(filler + "<p>The Numbatshire Wallabé Centre opened.</p>" + filler)
			.publishedAt(NOW.minusSeconds(60))
			.save();
		this.clock.setInstant(NOW);

		this.mvc.perform(get("/search").param("q", "wallabe centre")).andExpect(page((html) -> {
			var snippet = html.select(".search-hit__snippet").first();
			assertThat(snippet.select("mark").eachText()).contains("Wallabé", "Centre");
			assertThat(snippet.text()).startsWith("The Numbatshire Wallabé Centre opened.");
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
	void aWordsSuggestionFollowsTitlesPublishedOrComingOutSince() throws Exception {
		this.clock.setInstant(NOW);
		this.mvc.perform(get("/search").param("q", "echidnavile"))
			.andExpect(page((html) -> assertThat(html.select(".search-suggestion")).isEmpty()));

		this.articles.news("Echidnaville meets").publishedAt(NOW.minusSeconds(60)).save();
		this.mvc.perform(get("/search").param("q", "echidnavile"))
			.andExpect(
					page((html) -> assertThat(html.select(".search-suggestion a").text()).isEqualTo("echidnaville")));

		this.articles.news("Numbatburg meets").publishedAt(NOW.plusSeconds(3600)).save();
		this.mvc.perform(get("/search").param("q", "numbatbrug"))
			.andExpect(page((html) -> assertThat(html.select(".search-suggestion")).isEmpty()));
		this.clock.setInstant(NOW.plusSeconds(7200));
		this.mvc.perform(get("/search").param("q", "numbatbrug"))
			.andExpect(page((html) -> assertThat(html.select(".search-suggestion a").text()).isEqualTo("numbatburg")));
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
	void documentSnippetsSkipRepeatedHeadersPageNumbersAndDotsAndStartAtTheSentenceWithTheWord() throws Exception {
		long document = this.jdbc.queryForObject("insert into document (slug, title, summary, state, publish_at,"
				+ " first_published_at, document_type) values ('bilby-note', 'Guidance note', 'For prosecutors.',"
				+ " 'PUBLISHED', '2035-01-01T00:00:00Z', '2035-01-01T00:00:00Z', 'GUIDELINES') returning id",
				Long.class);
		long file = this.jdbc
			.queryForObject("insert into stored_file (content, size, sha256, content_type, original_name)"
					+ " values ('y', 1, repeat('c', 64), 'application/pdf', 'n.pdf') returning id", Long.class);
		String header = "T-CY Guidance Note on bilby orders\n";
		this.jdbc.update(
				"insert into document_file (document_id, language, file_id, version, current, extracted_text,"
						+ " uploaded_at) values (?, 'en', ?, 1, true, ?, now())",
				document, file,
				header + "Page 1 of 3\nContents\nIntroduction .................... 2\nScope . . . . . . . . 3\n"
						+ header
						+ "- 2 -\nThe note covers the preservation of stored data in many cases.\nParties should apply"
						+ " bilbyish safeguards to every order.\n" + header + "3\n");
		this.clock.setInstant(NOW);

		this.mvc.perform(get("/search").param("q", "bilbyish")).andExpect(page((html) -> {
			String snippet = html.select(".search-hit__snippet").text();
			assertThat(snippet).startsWith("Parties should apply bilbyish safeguards to every order")
				.doesNotContain("Guidance Note", "...", ". . .", "Page 1", "preservation");
			assertThat(html.select(".search-hit__snippet mark").text()).isEqualTo("bilbyish");
		}));
	}

	@Test
	void anyInputGivesAPage() throws Exception {
		String[] inputs = { "x".repeat(5000), "\u0001 control", "'; drop table article; --", "a & b | !c", "\"\"\"",
				"((((", "\uD83D\uDE00 emoji", "*:*", "\\", "%" };
		for (String q : inputs) {
			this.mvc.perform(get("/search").param("q", q).param("page", "x")).andExpect(status().isOk());
		}
		this.mvc.perform(get("/search").param("q", "convention").param("page", "99999999")).andExpect(status().isOk());
		// A NUL byte is refused before search sees it, as in every parameter
		// (NulByteFilter).
		this.mvc.perform(get("/search").param("q", "\u0000 null byte")).andExpect(status().isBadRequest());
	}

	@Test
	void filterValuesThatAreNotChoicesAreRefusedWithAMessageAndTheWordsKept() throws Exception {
		String[][] bad = { { "country", "ZZ", "\u201cZZ\u201d is not a State of the list" },
				{ "country", "'; drop", "is not a State of the list" },
				{ "treaty", "-1", "\u201c-1\u201d is not a treaty of the list" },
				{ "treaty", "999999999999", "is not a treaty of the list" },
				{ "year", "abc", "\u201cabc\u201d is not a year" },
				{ "type", "nonsense", "\u201cnonsense\u201d is not a type of content" } };
		for (String[] filter : bad) {
			this.mvc.perform(get("/search").param("q", "cybercrime law").param(filter[0], filter[1]))
				.andExpect(status().isBadRequest())
				.andExpect(page((html) -> {
					assertThat(html.select(".search-errors[role=alert]").text()).contains(filter[2]);
					assertThat(html.select("#q").val()).isEqualTo("cybercrime law");
					assertThat(html.select(".search-hit")).isEmpty();
				}));
		}
		this.mvc.perform(get("/fr/search").param("q", "loi").param("country", "ZZ"))
			.andExpect(status().isBadRequest())
			.andExpect(page((html) -> assertThat(html.select(".search-errors").text())
				.contains("\u00ab ZZ \u00bb n’est pas un État de la liste")));
		this.mvc.perform(get("/search").param("q", "law").param("country", "ee").param("treaty", "").param("year", ""))
			.andExpect(status().isOk());
	}

	@Test
	void theStatesFilterListsEveryStateByNameInThePagesLanguage() throws Exception {
		this.mvc.perform(get("/fr/search")).andExpect(page((html) -> {
			List<String> names = html.select("#country option").eachText();
			assertThat(names.get(0)).isEqualTo("Tous les États");
			assertThat(names).contains("Allemagne", "Estonie");
			// Accents sort as their letter in French: \u00c9gypte between Dominique and
			// Espagne.
			assertThat(names.indexOf("Dominique")).isLessThan(names.indexOf("\u00c9gypte"));
			assertThat(names.indexOf("\u00c9gypte")).isLessThan(names.indexOf("Espagne"));
			assertThat(html.select("#country option:containsOwn(Allemagne)").val()).isEqualTo("DE");
		}));
		this.mvc.perform(get("/search").param("q", "law").param("country", "de"))
			.andExpect(
					page((html) -> assertThat(html.select("#country option[selected]").text()).isEqualTo("Germany")));
	}

	@Test
	void theTreatiesFilterListsTreatiesByNumberAndTitleInThePagesLanguage() throws Exception {
		this.jdbc.update("insert into treaty (series, number, title, short_title) values ('CETS', 9186,"
				+ " 'Convention on quolls', 'Quoll Convention')");
		try {
			this.jdbc.update("insert into treaty_translation (treaty_id, language, title, short_title, based_on,"
					+ " updated_at) select id, 'fr', 'Convention sur les quolls', 'Convention quolls', 'test', now()"
					+ " from treaty where number = 9186");
			this.mvc.perform(get("/search"))
				.andExpect(page((html) -> assertThat(html.select("#treaty option[value=9186]").text())
					.isEqualTo("CETS 9186 \u2013 Quoll Convention")));
			this.mvc.perform(get("/fr/search").param("q", "quoll").param("treaty", "9186")).andExpect(page((html) -> {
				assertThat(html.select("#treaty option[selected]").text())
					.isEqualTo("CETS 9186 \u2013 Convention quolls");
				assertThat(html.select("#treaty option").first().text()).isEqualTo("Tous les traités");
			}));
		}
		finally {
			this.jdbc.update("delete from treaty where number = 9186");
		}
	}

	@Test
	void noResultsSaysWhatWasSearchedAndLinksToWiderSearches() throws Exception {
		this.mvc.perform(get("/search").param("q", "zorblax quintoq").param("type", "news").param("year", "2031"))
			.andExpect(status().isOk())
			.andExpect(page((html) -> {
				assertThat(html.select(".list-status").text()).isEqualTo("No result for \u201czorblax quintoq\u201d");
				assertThat(html.select(".search-empty").text()).contains("You could:", "check the spelling");
				assertThat(html.select(".search-empty a").eachAttr("href")).containsExactly(
						"/search?q=zorblax%20OR%20quintoq&type=news&year=2031", "/search?q=zorblax%20quintoq&year=2031",
						"/search?q=zorblax%20quintoq&type=news", "/search?q=zorblax%20quintoq");
				assertThat(html.select(".search-empty a").eachText())
					.contains("remove the filter \u201cType: News\u201d;", "remove the filter \u201cYear: 2031\u201d;");
			}));
		this.mvc.perform(get("/fr/search").param("q", "zorblax")).andExpect(page((html) -> {
			assertThat(html.select(".list-status").text()).isEqualTo("Aucun résultat pour \u00ab zorblax \u00bb");
			assertThat(html.select(".search-empty").text()).contains("Vous pouvez :", "utiliser moins de mots");
			assertThat(html.select(".search-empty a")).isEmpty();
		}));
	}

	@Test
	void searchBoxKeepsTheQuery() throws Exception {
		this.mvc.perform(get("/search").param("q", "octopus 2008")).andExpect(page((html) -> {
			assertThat(html.select("#site-search-q").val()).isEqualTo("octopus 2008");
			assertThat(html.select("#q").val()).isEqualTo("octopus 2008");
		}));
	}

}
