package org.treatyportal.treaties;

import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import org.treatyportal.support.MutableClock;
import org.treatyportal.support.PortalIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.treatyportal.support.Html.page;

/**
 * The chart and the treaty's page under {@code /fr}: French dates ("1er avril 2008"),
 * French State names from the country table, the French series (STCE), headings and
 * legend.
 */
@PortalIntegrationTest
class TreatyChartInFrenchTests {

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
		this.clock.setInstant(Instant.parse("2012-12-01T10:00:00Z"));
		TestTreaties treaties = new TestTreaties(this.treatyRepository, this.partyRepository, this.statementRepository);
		this.treaty = treaties.treaty("Chart in French");
		treaties.ratified(this.treaty, "DE", "2001-11-23", "2008-04-01");
		treaties.signed(this.treaty, "AZ", "2008-06-30");
	}

	@Test
	void theFrenchChartSaysItsDateStatesAndLegendInFrench() throws Exception {
		this.mvc.perform(get("/fr/treaties/" + this.treaty.getNumber() + "/chart").param("asOf", "2008-04-01"))
			.andExpect(status().isOk())
			.andExpect(page((html) -> {
				assertThat(html.select("html").attr("lang")).isEqualTo("fr");
				assertThat(html.text()).contains("Situation au 1er avril 2008")
					.contains("Nombre total de ratifications/adhésions")
					.contains("R. : réserves")
					.contains("T. : application territoriale")
					.contains("STCE n° " + this.treaty.getNumber());
				assertThat(html.select("table th[scope=row]").eachText()).contains("Allemagne")
					.doesNotContain("Germany");
				assertThat(html.select("table th[scope=col]").eachText()).contains("États", "Entrée en vigueur");
			}));
		this.mvc.perform(get("/treaties/" + this.treaty.getNumber() + "/chart").param("asOf", "2008-04-01"))
			.andExpect(page((html) -> {
				assertThat(html.text()).contains("Status as of 1 April 2008")
					.contains("CETS " + this.treaty.getNumber());
				assertThat(html.select("table th[scope=row]").eachText()).contains("Germany");
			}));
	}

	@Test
	void theChartWritesItsDatesInFullInEachLanguage() throws Exception {
		String chart = "/treaties/" + this.treaty.getNumber() + "/chart";
		this.mvc.perform(get("/fr" + chart))
			.andExpect(page((html) -> assertThat(html.select("tr[data-iso=DE] td time").eachText())
				.startsWith("23 novembre 2001", "1er avril 2008")));
		this.mvc.perform(get(chart))
			.andExpect(page((html) -> assertThat(html.select("tr[data-iso=DE] td time").eachText())
				.startsWith("23 November 2001", "1 April 2008")));
	}

	@Test
	void aDateTypedInTheChartsLanguageGoesToItsIsoAddress() throws Exception {
		String chart = "/treaties/" + this.treaty.getNumber() + "/chart";
		this.mvc.perform(get("/fr" + chart).param("asOf", "1er avril 2008").param("group", "members"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/fr" + chart + "?asOf=2008-04-01&group=members"));
		this.mvc.perform(get(chart).param("asOf", "1 Apr 2008")).andExpect(redirectedUrl(chart + "?asOf=2008-04-01"));
		this.mvc.perform(get("/fr" + chart).param("asOf", "2008-04-01"))
			.andExpect(status().isOk())
			.andExpect(page((html) -> assertThat(html.select("#asOf").val()).isEqualTo("01/04/2008")));
		this.mvc.perform(get(chart).param("asOf", "2008-04-01"))
			.andExpect(page((html) -> assertThat(html.select("#asOf").val()).isEqualTo("1 Apr 2008")));
	}

	@Test
	void aWrongDateIsSaidBesideTheFieldThatKeepsIt() throws Exception {
		this.mvc.perform(get("/fr/treaties/" + this.treaty.getNumber() + "/chart").param("asOf", "31/02/2008"))
			.andExpect(status().isBadRequest())
			.andExpect(page((html) -> {
				assertThat(html.select("#asOf").val()).isEqualTo("31/02/2008");
				assertThat(html.select("#asOf").attr("aria-invalid")).isEqualTo("true");
				assertThat(html.select("#asOf-error").text()).contains("« 31/02/2008 » n’est pas une date");
				assertThat(html.select("#asOf-hint").text()).contains("23/11/2001");
				assertThat(html.select("tr[data-iso=DE]")).hasSize(1);
			}));
		this.mvc.perform(get("/treaties/" + this.treaty.getNumber() + "/chart").param("asOf", "04/01/2008"))
			.andExpect(status().isBadRequest())
			.andExpect(page(
					(html) -> assertThat(html.select("#asOf-error").text()).contains("\"04/01/2008\" is not a date")));
	}

	@Test
	void theFrenchTreatyPageWritesDatesTheFrenchWay() throws Exception {
		this.mvc.perform(get("/fr/treaties/" + this.treaty.getNumber()))
			.andExpect(status().isOk())
			.andExpect(page((html) -> assertThat(html.text()).contains("23 novembre 2001")
				.contains("1er juillet 2004")
				.doesNotContain("November")));
	}

}
