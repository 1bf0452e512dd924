package org.treatyportal.treaties;

import java.time.Instant;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import org.treatyportal.support.MutableClock;
import org.treatyportal.support.PortalIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.treatyportal.support.Html.page;

/**
 * The timeline on a treaty's page: the chart's two totals over time, drawn as an SVG and
 * given as a table, agreeing with the chart on every date, today or {@code ?asOf=}.
 */
@PortalIntegrationTest
class TreatyTimelineTests {

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

	private Treaty treaty;

	@BeforeEach
	void createTreaty() {
		this.clock.setInstant(NOW);
		TestTreaties treaties = new TestTreaties(this.treatyRepository, this.partyRepository, this.statementRepository);
		// Opened on 23 November 2001, in force on 1 July 2004; the first signatures come
		// later.
		this.treaty = treaties.treaty("Timeline test convention");
		treaties.ratified(this.treaty, "AL", "2002-03-01", "2002-06-20");
		treaties.ratified(this.treaty, "FR", "2002-03-01", "2006-01-10");
		treaties.signed(this.treaty, "DE", "2003-05-05");
		treaties.ratified(this.treaty, "US", "2003-05-05", "2006-09-29");
		treaties.signed(this.treaty, "AZ", "2008-06-30");
		treaties.acceded(this.treaty, "DO", "2012-02-07");
	}

	@Test
	void timelineTotalsAreTheChartsOnEveryDate() throws Exception {
		for (String asOf : List.of("2001-12-31", "2002-03-01", "2002-06-19", "2004-07-01", "2006-09-29", "2010-01-01",
				"2012-02-07", "")) {
			Document page = html("/treaties/" + this.treaty.getNumber() + "?asOf=" + asOf);
			Document chart = html("/treaties/" + this.treaty.getNumber() + "/chart?asOf=" + asOf);

			Element totals = page.selectFirst(".timeline tfoot tr");
			assertThat(totals.select("td.num").eachText()).as(asOf)
				.containsExactly(chart.select(".total-ratifications").text(), chart.select(".total-signatures").text());
			assertThat(page.select(".facts dd").eachText()).as(asOf)
				.anySatisfy((fact) -> assertThat(fact).startsWith(expectedStatus(chart)));
			assertThat(chart.select("a.timeline-link").attr("href")).as(asOf)
				.isEqualTo(
						"/treaties/" + this.treaty.getNumber() + (asOf.isEmpty() ? "" : "?asOf=" + asOf) + "#timeline");
		}
	}

	@Test
	void eachDayWithASignatureOrDepositIsARowWithItsTotals() throws Exception {
		Document page = html("/treaties/" + this.treaty.getNumber() + "?asOf=2006-09-29");

		List<Element> rows = page.select(".timeline tbody tr");
		assertThat(rows).extracting((row) -> row.selectFirst("th").text())
			.containsExactly("1 March 2002", "20 June 2002", "5 May 2003", "10 January 2006", "29 September 2006");
		assertThat(rows.get(0).select("td").eachText()).containsExactly("0", "2",
				"Albania (signature), France (signature)");
		assertThat(rows.get(1).select("td").eachText()).containsExactly("1", "1", "Albania (ratification)");
		assertThat(rows.get(4).select("td").eachText()).containsExactly("3", "1",
				"United States of America (ratification)");
		assertThat(page.select(".timeline tfoot td.num").eachText()).containsExactly("3", "1");
		assertThat(page.select(".timeline a[href$=chart?asOf=2006-09-29]").text())
			.isEqualTo("The chart, State by State, as it stood on 29 September 2006");
		assertThat(page.select(".treaty-page .button").attr("href"))
			.isEqualTo("/treaties/" + this.treaty.getNumber() + "/chart?asOf=2006-09-29");
	}

	@Test
	void beforeTheFirstSignatureBothLinesStayAtZero() throws Exception {
		Document page = html("/treaties/" + this.treaty.getNumber() + "?asOf=2002-02-28");

		assertThat(page.select(".timeline tbody tr td").text()).isEqualTo("No State had signed or joined yet.");
		assertThat(page.select(".timeline tfoot td.num").eachText()).containsExactly("0", "0");
		Element svg = page.selectFirst(".timeline svg");
		assertThat(svg.select("path.timeline__line--ratifications").attr("d")).isEqualTo("M40 222 H460");
		assertThat(svg.select("path.timeline__line--signatures").attr("d")).isEqualTo("M40 222 H460");
		assertThat(svg.select(".timeline__in-force")).isEmpty();
	}

	@Test
	void beforeTheOpeningThereIsNothingToDraw() throws Exception {
		Document page = html("/treaties/" + this.treaty.getNumber() + "?asOf=2001-11-22");

		assertThat(page.select(".timeline svg")).isEmpty();
		assertThat(page.select(".timeline p.empty").text())
			.isEqualTo("The treaty was opened for signature on 23 November 2001: on 22 November 2001 there is nothing"
					+ " to show yet.");
	}

	@Test
	void svgIsAnImageWithATextAlternativeDrawnWithoutStyleOrScript() throws Exception {
		Document page = html("/treaties/" + this.treaty.getNumber());

		Element svg = page.selectFirst(".timeline svg");
		assertThat(svg.attr("role")).isEqualTo("img");
		assertThat(svg.attr("viewBox")).isEqualTo("0 0 480 250");
		assertThat(svg.attr("aria-labelledby")).isEqualTo("timeline-title timeline-desc");
		assertThat(page.select("#timeline-title").text())
			.isEqualTo("Signatures and ratifications of " + this.treaty.getReference() + " over time");
		assertThat(page.select("#timeline-desc").text()).isEqualTo("Two step lines from 23 November 2001 to"
				+ " 1 December 2012. On 1 December 2012: 4 ratifications or accessions, and 2 signatures not followed"
				+ " by ratification. The treaty entered into force on 1 July 2004.");
		assertThat(page.select("title").first().text()).startsWith("Timeline test convention");
		assertThat(svg.select("path")).hasSize(2);
		assertThat(svg.select(".timeline__in-force line").attr("x1")).isNotEmpty();
		assertThat(svg.select(".timeline__axis text").eachText()).contains("2004", "2008", "2012", "0", "4");
		assertThat(page.select(".timeline [style], .timeline script")).isEmpty();
		assertThat(page.select(".timeline a[href$=/chart]").text()).isEqualTo("Today's chart, State by State");
		assertThat(page.select(".timeline__legend").text()).contains("4 on 1 December 2012", "2 on 1 December 2012",
				"1 July 2004");
	}

	@Test
	void malformedDateIsABadRequestWithASentence() throws Exception {
		this.mvc.perform(get("/treaties/" + this.treaty.getNumber()).param("asOf", "2005-13-01"))
			.andExpect(status().isBadRequest())
			.andExpect(page((html) -> assertThat(html.text()).contains("2005-13-01")));
		this.mvc.perform(get("/treaties/" + this.treaty.getNumber()).param("asOf", "yesterday"))
			.andExpect(status().isBadRequest());
	}

	private static String expectedStatus(Document chart) {
		int ratifications = Integer.parseInt(chart.select(".total-ratifications").text());
		return switch (ratifications) {
			case 0 -> "No ratification";
			case 1 -> "One ratification or accession";
			default -> ratifications + " ratifications or accessions";
		};
	}

	private Document html(String url) throws Exception {
		String body = this.mvc.perform(get(url))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return Jsoup.parse(body);
	}

}
