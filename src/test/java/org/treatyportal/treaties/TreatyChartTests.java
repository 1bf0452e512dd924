package org.treatyportal.treaties;

import java.time.Instant;
import java.util.List;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import org.treatyportal.support.MutableClock;
import org.treatyportal.support.PortalIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.treatyportal.support.Html.page;

/**
 * The public treaty pages and the chart of signatures and ratifications: order, totals,
 * filters, sorting without JavaScript, "as of" a date, CSV, and bad parameters.
 */
@PortalIntegrationTest
class TreatyChartTests {

	private static final Instant NOW = Instant.parse("2012-12-01T10:00:00Z");

	@Autowired
	private MockMvc mvc;

	@Autowired
	private MutableClock clock;

	@Autowired
	private TreatyRepository treatyRepository;

	@Autowired
	private TreatyPartyRepository partyRepository;

	@Autowired
	private TreatyStatementRepository statementRepository;

	private TestTreaties treaties;

	private Treaty treaty;

	@BeforeEach
	void createTreaty() {
		this.clock.setInstant(NOW);
		this.treaties = new TestTreaties(this.treatyRepository, this.partyRepository, this.statementRepository);
		this.treaty = this.treaties.treaty("Chart test convention");
		this.treaties.ratified(this.treaty, "FR", "2001-11-23", "2006-01-10");
		this.treaties.ratified(this.treaty, "AL", "2001-11-23", "2002-06-20");
		this.treaties.ratified(this.treaty, "AT", "2001-11-23", "2012-06-13");
		this.treaties.signed(this.treaty, "AZ", "2008-06-30");
		this.treaties.signed(this.treaty, "DE", "2001-11-23");
		this.treaties.signed(this.treaty, "US", "2001-11-23");
		this.treaties.signed(this.treaty, "JP", "2001-11-23");
		this.treaties.acceded(this.treaty, "DO", "2012-02-07");
	}

	@Test
	void memberStatesComeFirstThenNonMembersEachInAlphabeticalOrder() throws Exception {
		Document html = chart("");

		List<String> members = html.select("#members tbody th").eachText();
		assertThat(members).hasSize(47).startsWith("Albania", "Andorra", "Armenia", "Austria", "Azerbaijan");
		assertThat(members).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
		assertThat(html.select("#non-members tbody th").eachText()).containsExactly("Dominican Republic", "Japan",
				"United States of America");
	}

	@Test
	void totalsCountSignaturesNotFollowedByRatificationAndRatificationsOrAccessions() throws Exception {
		Document html = chart("");

		assertThat(html.select(".total-signatures").text()).isEqualTo("4");
		assertThat(html.select(".total-ratifications").text()).isEqualTo("4");
	}

	@Test
	void rowsShowDatesAccessionMarkAndComputedEntryIntoForce() throws Exception {
		Document html = chart("");

		assertThat(cells(html, "AT")).containsExactly("Austria", "23 November 2001", "13 June 2012", "1 October 2012");
		assertThat(cells(html, "AL")).containsExactly("Albania", "23 November 2001", "20 June 2002", "1 July 2004");
		assertThat(html.select("tr[data-iso=DO] td").get(1).text()).isEqualTo("7 February 2012 a");
		assertThat(html.select("tr[data-iso=DE] td").get(1).text()).isEmpty();
	}

	@Test
	void asOfADateShowsTheChartAsItStoodAndSaysSo() throws Exception {
		Document html = chart("?asOf=2008-01-01");

		assertThat(html.select(".as-of").text()).contains("1 January 2008").contains("not today");
		assertThat(html.select("tr[data-iso=AZ] td").get(0).text()).isEmpty();
		assertThat(html.select("tr[data-iso=AT] td").get(1).text()).isEmpty();
		assertThat(html.select("#non-members tbody th").eachText()).containsExactly("Japan",
				"United States of America");
		assertThat(html.select(".total-signatures").text()).isEqualTo("4");
		assertThat(html.select(".total-ratifications").text()).isEqualTo("2");
		assertThat(html.select("a.csv-link").attr("href")).contains("asOf=2008-01-01");
	}

	@Test
	void statusAndGroupFiltersFollowTheDate() throws Exception {
		assertThat(chart("?status=signed").select("tbody th").eachText()).containsExactly("Azerbaijan", "Germany",
				"Japan", "United States of America");
		assertThat(chart("?status=signed&asOf=2008-01-01").select("tbody th").eachText()).containsExactly("Austria",
				"Germany", "Japan", "United States of America");
		assertThat(chart("?status=ratified&group=non-members").select("tbody th").eachText())
			.containsExactly("Dominican Republic");
		assertThat(chart("?status=neither&group=members").select("tbody th").eachText()).hasSize(42)
			.doesNotContain("France", "Azerbaijan");
	}

	@Test
	void columnsSortWithPlainLinks() throws Exception {
		Document html = chart("?status=ratified&group=members&sort=ratification&dir=desc");

		assertThat(html.select("tbody th").eachText()).containsExactly("Austria", "France", "Albania");
		assertThat(html.select("th[aria-sort=descending] a").text()).isEqualTo("Ratification");
		assertThat(html.select("th[aria-sort=descending] a").attr("href")).contains("sort=ratification")
			.doesNotContain("dir=desc");
		assertThat(chart("?status=ratified&group=members&sort=entry-into-force").select("tbody th").eachText())
			.containsExactly("Albania", "France", "Austria");
	}

	@Test
	void statementColumnsLinkToTheStatesStatementsMadeByTheDate() throws Exception {
		TreatyParty france = party("FR");
		this.treaties.statement(france, StatementKind.RESERVATION, "2006-01-10", "Article 6, paragraph 3",
				"France reserves the right not to apply paragraph 1.");
		this.treaties.statement(france, StatementKind.DECLARATION, "2009-03-01", "Article 27", "Later declaration.");

		Document today = chart("");
		assertThat(today.select("tr[data-iso=FR] td.chart-mark a").eachText()).containsExactly("R.", "D.");
		assertThat(today.select("tr[data-iso=FR] td.chart-mark a").first().attr("href"))
			.isEqualTo("#statements-fr-reservation");
		assertThat(today.select("#statements-fr-reservation").text()).contains("Article 6, paragraph 3",
				"France reserves the right");

		Document before = chart("?asOf=2008-01-01");
		assertThat(before.select("tr[data-iso=FR] td.chart-mark a").eachText()).containsExactly("R.");
		assertThat(before.select("#statements-fr-declaration")).isEmpty();
	}

	@Test
	void statementLinksAreNamedByTheirVisibleLetterFirstInBothLanguages() throws Exception {
		TreatyParty france = party("FR");
		this.treaties.statement(france, StatementKind.TERRITORIAL_APPLICATION, "2006-01-10", "", "Overseas.");
		this.treaties.statement(france, StatementKind.RESERVATION, "2006-01-10", "", "First.");
		this.treaties.statement(france, StatementKind.RESERVATION, "2007-01-10", "", "Second.");

		for (String prefix : new String[] { "", "/fr" }) {
			MvcResult result = this.mvc.perform(get(prefix + url("/chart"))).andExpect(status().isOk()).andReturn();
			Document page = org.jsoup.Jsoup.parse(result.getResponse().getContentAsString());
			for (var link : page.select("tr[data-iso=FR] td.chart-mark a")) {
				assertThat(link.attr("aria-label")).as(prefix).startsWith(link.text());
			}
		}
		assertThat(chart("").select("tr[data-iso=FR] td.chart-mark a").eachAttr("aria-label"))
			.containsExactly("R.: 2 reservations by France", "T.: 1 territorial application by France");
		assertThat(org.jsoup.Jsoup
			.parse(this.mvc.perform(get("/fr" + url("/chart"))).andReturn().getResponse().getContentAsString())
			.select("tr[data-iso=FR] td.chart-mark a")
			.eachAttr("aria-label"))
			.containsExactly("R. : 2 réserves de : France", "T. : 1 application territoriale de : France");
	}

	@Test
	void publishedSourcesAreFootnotesOfTheChartAndACsvColumnUnpublishedOnesNeverShow() throws Exception {
		TreatyParty croatia = this.treaties.ratified(this.treaty, "HR", "2001-11-23", "2002-10-17");
		croatia.setSource(new RecordSource("Netherlands treaty database, entry 008751", true));
		this.treaties.save(croatia);
		TreatyParty latvia = this.treaties.ratified(this.treaty, "LV", "2004-05-05", "2007-02-14");
		latvia.setSource(new RecordSource("Internal note: checked by telephone", false));
		this.treaties.save(latvia);
		TreatyStatement reservation = this.treaties.statement(latvia, StatementKind.RESERVATION, "2007-02-14",
				"Article 22", "Latvia reserves the right.");
		reservation.setSource(new RecordSource("Letter of 31 May 2007", true));
		this.statementRepository.saveAndFlush(reservation);
		TreatyStatement authority = this.treaties.statement(latvia, StatementKind.AUTHORITY, "2007-02-14", "Article 24",
				"Designation.");
		authority.setSource(new RecordSource("Unpublished statement source", false));
		this.statementRepository.saveAndFlush(authority);

		Document html = chart("");
		var link = html.select("tr[data-iso=HR] .chart-notes a.source-link");
		assertThat(link.attr("href")).isEqualTo("#source-hr");
		assertThat(link.attr("aria-label")).isEqualTo("Source of the record of Croatia");
		assertThat(html.select("#source-hr").text()).isEqualTo("Croatia");
		assertThat(html.select("#source-hr + dd").text()).isEqualTo("Netherlands treaty database, entry 008751");
		assertThat(html.select("tr[data-iso=LV] a.source-link")).isEmpty();
		assertThat(html.select("#statements-lv-reservation .statement__source").text())
			.isEqualTo("Source: Letter of 31 May 2007");
		assertThat(html.select("#statements-lv-authority .statement__source")).isEmpty();
		assertThat(html.text()).doesNotContain("Internal note", "Unpublished statement source");
		assertThat(chart("?asOf=2001-01-01").select(".chart-sources")).isEmpty();

		String csv = this.mvc.perform(get(url("/chart.csv")))
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(csv)
			.contains("\r\nCroatia,HR,yes,2001-11-23,2002-10-17,Ratification,2004-07-01,,,,,,,,"
					+ "\"Netherlands treaty database, entry 008751\"\r\n")
			.doesNotContain("Internal note");
	}

	@Test
	void entryIntoForceSetByAnAdminReplacesTheRuleWithItsNote() throws Exception {
		TreatyParty norway = this.treaties.ratified(this.treaty, "NO", "2001-11-23", "2006-06-30");
		norway.setEntryIntoForceOverride(java.time.LocalDate.of(2006, 11, 1));
		norway.setOverrideNote("Date notified by the depositary");
		this.treaties.save(norway);

		Document html = chart("");
		assertThat(cells(html, "NO")).containsExactly("Norway", "23 November 2001", "30 June 2006", "1 November 2006");
		assertThat(html.select("tr[data-iso=NO] .chart-notes").text()).contains("Date notified by the depositary");
	}

	@Test
	void csvGivesTheSameRowsWithAHeaderAndRfc4180Quoting() throws Exception {
		TreatyParty japan = party("JP");
		japan.setNotes("Signed in Budapest, \"opening day\"");
		this.treaties.save(japan);
		TreatyParty albania = party("AL");
		albania.setNotes("=HYPERLINK(\"http://example.org\")");
		this.treaties.save(albania);

		MvcResult result = this.mvc.perform(get(url("/chart.csv?asOf=2008-01-01")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
			.andReturn();
		String csv = result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		List<String> lines = List.of(csv.split("\r\n"));

		assertThat(csv).endsWith("\r\n");
		assertThat(lines.get(0)).startsWith("State,ISO code,Member State,Signature,").endsWith(",R,D,A,T,C,O,Source");
		assertThat(lines).hasSize(1 + 47 + 2);
		assertThat(lines.get(1)).startsWith("Albania,AL,yes,2001-11-23,2002-06-20,Ratification,2004-07-01,")
			.as("a note a spreadsheet would run as a formula is kept as text")
			.contains(",\"'=HYPERLINK(\"\"http://example.org\"\")\",");
		assertThat(lines).contains("Azerbaijan,AZ,yes,,,,,,,,,,,,");
		assertThat(lines.get(48))
			.isEqualTo("Japan,JP,no,2001-11-23,,,,\"Signed in Budapest, \"\"opening day\"\"\",,,,,,,");
		assertThat(lines.get(49)).startsWith("United States of America,US,no,");
	}

	@Test
	void malformedDateIsABadRequestWithAClearMessage() throws Exception {
		this.mvc.perform(get(url("/chart?asOf=2008-13-45")))
			.andExpect(status().isBadRequest())
			.andExpect(page((html) -> {
				assertThat(html.select("#asOf-error").text()).contains("\"2008-13-45\" is not a date", "23 Nov 2001");
				assertThat(html.select("#asOf").val()).isEqualTo("2008-13-45");
			}));
		this.mvc.perform(get(url("/chart.csv?asOf=yesterday")))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("is not a valid date")));
	}

	@Test
	void unknownParametersAndTreatyNumbersAreRefusedNeverAServerError() throws Exception {
		for (String query : List.of("?sort=population", "?dir=sideways", "?status=pending", "?group=friends")) {
			this.mvc.perform(get(url("/chart" + query))).andExpect(status().isBadRequest());
		}
		for (String path : List.of("/treaties/abc", "/treaties/99999999999", "/treaties/999999999",
				"/treaties/999999999/chart", "/treaties/-1/chart.csv")) {
			this.mvc.perform(get(path)).andExpect(status().isNotFound());
		}
	}

	@Test
	void treatyListAndPageGiveFactsTotalsAndTheLinkToTheChart() throws Exception {
		this.mvc.perform(get("/treaties")).andExpect(status().isOk()).andExpect(page((html) -> {
			var row = html.select("tr:has(a[href=/treaties/" + this.treaty.getNumber() + "])");
			assertThat(row.select("td.num").eachText()).containsExactly("4", "4");
			assertThat(row.text()).contains("23 November 2001, Budapest", "1 July 2004");
		}));
		this.mvc.perform(get("/treaties/" + this.treaty.getNumber()))
			.andExpect(status().isOk())
			.andExpect(page((html) -> {
				assertThat(html.select("h1").text()).isEqualTo("Chart test convention (full title)");
				assertThat(html.select(".facts").text()).contains("5 Ratifications", "3 months",
						"4 ratifications or accessions; 4 signatures");
				assertThat(html.select("#texts")).as("no texts: no section").isEmpty();
				assertThat(html.select("a[href=/treaties/" + this.treaty.getNumber() + "/chart]")).isNotEmpty();
			}));
	}

	private Document chart(String query) throws Exception {
		MvcResult result = this.mvc.perform(get(url("/chart" + query))).andExpect(status().isOk()).andReturn();
		return org.jsoup.Jsoup.parse(result.getResponse().getContentAsString());
	}

	private String url(String suffix) {
		return "/treaties/" + this.treaty.getNumber() + suffix;
	}

	private static List<String> cells(Document html, String code) {
		List<String> cells = new java.util.ArrayList<>();
		cells.add(html.select("tr[data-iso=" + code + "] th").text());
		html.select("tr[data-iso=" + code + "] td").stream().limit(3).forEach((cell) -> cells.add(cell.text()));
		return cells;
	}

	private TreatyParty party(String code) {
		return this.partyRepository.findWithStatements(this.treaty)
			.stream()
			.filter((party) -> party.getCountryCode().equals(code))
			.findFirst()
			.orElseThrow();
	}

}
