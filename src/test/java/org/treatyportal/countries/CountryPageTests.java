package org.treatyportal.countries;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import org.treatyportal.support.MutableClock;
import org.treatyportal.support.PortalIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.treatyportal.support.Html.page;

/**
 * The public country list (map and tables by status for a treaty) and country profiles:
 * canonical addresses, the review flag, and contacts only for signed-in users.
 */
@PortalIntegrationTest
class CountryPageTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private MutableClock clock;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void listGroupsEveryStateByRegionWithMapAndTableSayingTheSameStatus() throws Exception {
		int number = treatyWith("FR", "2001-11-23", "2006-01-10", "JP", "2001-11-23");

		this.mvc.perform(get("/countries").param("treaty", String.valueOf(number)))
			.andExpect(status().isOk())
			.andExpect(page((html) -> {
				assertThat(html.select("section.region h2").eachText()).startsWith("Europe", "Africa", "Americas");
				assertThat(html.select("table.country-table tbody tr")).hasSize(249);
				assertThat(html.select("svg use[data-iso=FR]").attr("class")).contains("status-party");
				assertThat(html.select("svg use[data-iso=JP]").attr("class")).contains("status-signatory");
				assertThat(html.select("svg use[data-iso=BR]").attr("class")).contains("status-none");
				assertThat(html.select("svg use[data-iso=FR] title").text()).isEqualTo("France: Ratified");
				assertThat(html.select("svg use.country-dot[data-iso=MT]")).hasSize(1);
				assertThat(html.select("tr[data-iso=FR] .party-status").text()).isEqualTo("Ratified");
				assertThat(html.select("tr[data-iso=JP] .party-status").text()).isEqualTo("Signed");
				assertThat(html.select(".map-legend").text()).contains("Party (ratified or acceded): 1",
						"Signatory, not yet party: 1");
			}));
		this.mvc.perform(get("/countries").param("treaty", String.valueOf(number)).param("status", "party"))
			.andExpect(page((html) -> assertThat(html.select("table.country-table tbody th").eachText())
				.containsExactly("France")));
	}

	@Test
	void unknownTreatyOrStatusIsABadRequest() throws Exception {
		this.mvc.perform(get("/countries").param("treaty", "abc")).andExpect(status().isBadRequest());
		this.mvc.perform(get("/countries").param("treaty", "999999998")).andExpect(status().isBadRequest());
		this.mvc.perform(get("/countries").param("status", "friendly")).andExpect(status().isBadRequest());
	}

	@Test
	void profileAddressIsLowerCaseUpperCaseRedirectsUnknownIsNotFound() throws Exception {
		this.mvc.perform(get("/countries/az")).andExpect(status().isOk());
		this.mvc.perform(get("/countries/AZ"))
			.andExpect(status().isMovedPermanently())
			.andExpect(redirectedUrl("/countries/az"));
		this.mvc.perform(get("/countries/Az")).andExpect(status().isMovedPermanently());
		this.mvc.perform(get("/countries/zz")).andExpect(status().isNotFound());
		this.mvc.perform(get("/countries/xyz")).andExpect(status().isNotFound());
		this.mvc.perform(get("/countries/1a")).andExpect(status().isNotFound());
	}

	@Test
	void profileShowsStatusForEveryTreatyWithStatements() throws Exception {
		int number = treatyWith("EE", "2001-11-23", "2003-05-12", "JP", "2001-11-23");
		this.jdbc.update("insert into treaty_statement (party_id, kind, statement_date, articles, text)"
				+ " select p.id, 'DECLARATION', date '2003-05-12', 'Article 24', 'Estonian declaration text'"
				+ " from treaty_party p join treaty t on t.id = p.treaty_id where t.number = ? and p.country_code = 'EE'",
				number);

		this.mvc.perform(get("/countries/ee")).andExpect(status().isOk()).andExpect(page((html) -> {
			var row = html.select("tr[data-treaty=" + number + "]");
			assertThat(row.select("td").eachText()).containsExactly("Ratified", "23 November 2001", "12 May 2003",
					"1 July 2004");
			assertThat(html.select(".statement").text()).contains("Declaration", "Article 24",
					"Estonian declaration text");
		}));
	}

	@Test
	void profileReviewedLongerAgoThanTheConfiguredAgeIsFlaggedOutdated() throws Exception {
		profile("GY", LocalDate.of(2020, 5, 1), "", "");

		this.clock.setInstant(Instant.parse("2022-04-30T10:00:00Z"));
		this.mvc.perform(get("/countries/gy")).andExpect(page((html) -> {
			assertThat(html.select(".review-date").text()).isEqualTo("Last reviewed on 1 May 2020.");
			assertThat(html.select(".outdated")).isEmpty();
		}));
		this.clock.setInstant(Instant.parse("2022-05-02T10:00:00Z"));
		this.mvc.perform(get("/countries/gy"))
			.andExpect(page((html) -> assertThat(html.select(".outdated").text()).contains("may be out of date")));
	}

	@Test
	void restrictedContactsAreShownOnlyToSignedInUsers() throws Exception {
		profile("SR", LocalDate.of(2008, 12, 31), "Unit 24/7, +000 111 2222", "Ministry of Justice, central authority");

		this.mvc.perform(get("/countries/sr")).andExpect(status().isOk()).andExpect(page((html) -> {
			assertThat(html.text()).doesNotContain("+000 111 2222").doesNotContain("Ministry of Justice, central");
			assertThat(html.select(".contacts-restricted").text()).contains("shown only to signed-in users",
					"request them from the Secretariat", "secretariat@example.org");
			assertThat(html.select(".contacts-restricted a").attr("href")).isEqualTo("mailto:secretariat@example.org");
		}));
		this.mvc.perform(get("/countries/sr").with(user("editor@example.org").roles("EDITOR")))
			.andExpect(page((html) -> {
				assertThat(html.select(".restricted-contacts .contact").eachText())
					.containsExactly("Unit 24/7, +000 111 2222", "Ministry of Justice, central authority");
				assertThat(html.select(".contacts-restricted")).isEmpty();
			}));
	}

	private int treatyWith(String ratifier, String signed, String ratified, String signatory, String signedOnly) {
		Integer number = this.jdbc
			.queryForObject("select coalesce(max(number), 80000) + 1 from treaty where number < 90000", Integer.class);
		this.jdbc.update("insert into treaty (series, number, title, short_title, opened_on, entry_into_force)"
				+ " values ('CETS', ?, 'Country test treaty', 'Country test treaty', date '2001-11-23', date '2004-07-01')",
				number);
		this.jdbc.update(
				"insert into treaty_party (treaty_id, country_code, signature_date, consent_date, consent_kind)"
						+ " select id, ?, ?::date, ?::date, 'RATIFICATION' from treaty where number = ?",
				ratifier, signed, ratified, number);
		this.jdbc.update("insert into treaty_party (treaty_id, country_code, signature_date)"
				+ " select id, ?, ?::date from treaty where number = ?", signatory, signedOnly, number);
		return number;
	}

	private void profile(String code, LocalDate reviewed, String pointOfContact, String centralAuthority) {
		this.jdbc.update("delete from country_profile where country_id = (select id from country where code = ?)",
				code);
		this.jdbc.update(
				"insert into country_profile (country_id, legislation, last_reviewed, point_of_contact,"
						+ " central_authority) select id, '<p>Law of test</p>', ?, ?, ? from country where code = ?",
				reviewed, pointOfContact, centralAuthority, code);
	}

}
