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
	void theFrenchTreatyPageWritesDatesTheFrenchWay() throws Exception {
		this.mvc.perform(get("/fr/treaties/" + this.treaty.getNumber()))
			.andExpect(status().isOk())
			.andExpect(page((html) -> assertThat(html.text()).contains("23 novembre 2001")
				.contains("1er juillet 2004")
				.doesNotContain("November")));
	}

}
