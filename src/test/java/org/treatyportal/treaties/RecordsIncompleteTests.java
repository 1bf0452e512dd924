package org.treatyportal.treaties;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import org.treatyportal.support.PortalIntegrationTest;
import org.treatyportal.users.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.treatyportal.support.Html.page;
import static org.treatyportal.users.TestUsers.as;

/**
 * A treaty in force with fewer ratifications recorded than its entry into force required
 * says that its records are being completed, instead of looking in force without Parties;
 * before its entry into force, or once enough are recorded, it gives its totals.
 */
@PortalIntegrationTest
class RecordsIncompleteTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestUsers users;

	@Autowired
	private TreatyRepository treatyRepository;

	@Autowired
	private TreatyPartyRepository partyRepository;

	@Autowired
	private TreatyStatementRepository statementRepository;

	private TestTreaties treaties;

	@BeforeEach
	void setUp() {
		this.treaties = new TestTreaties(this.treatyRepository, this.partyRepository, this.statementRepository);
	}

	@Test
	void aTreatyInForceWithFewerRatificationsThanRequiredSaysItsRecordsAreBeingCompleted() throws Exception {
		Treaty treaty = required(this.treaties.treaty("Incomplete convention"), 5);
		this.treaties.ratified(treaty, "FR", "2001-11-23", "2003-05-12");
		this.treaties.ratified(treaty, "HU", "2001-11-23", "2003-12-04");
		this.treaties.signed(treaty, "DE", "2001-11-23");
		String page = "/treaties/" + treaty.getNumber();

		this.mvc.perform(get(page)).andExpect(status().isOk()).andExpect(page((html) -> {
			assertThat(html.select("dd.records-incomplete").text())
				.isEqualTo("Records being completed: the treaty is in force, but only 2 ratifications or accessions"
						+ " are recorded here so far (one further signature).");
			assertThat(html.select("#timeline-desc").text()).contains("Records being completed");
		}));
		this.mvc.perform(get("/fr" + page))
			.andExpect(page((html) -> assertThat(html.select("dd.records-incomplete").text())
				.startsWith("Données en cours d’enregistrement : le traité est en vigueur, mais seules 2")));
		this.mvc.perform(get("/treaties"))
			.andExpect(page((html) -> assertThat(html.select("tr:has(a[href=" + page + "]) .records-incomplete").text())
				.isEqualTo("Records being completed")));
		this.mvc.perform(get(page).param("asOf", "2004-06-30"))
			.andExpect(page((html) -> assertThat(html.select("dd.records-incomplete")).isEmpty()));
	}

	@Test
	void withoutARequiredNumberATreatyInForceWithNoRatificationIsIncompleteAndOneIsEnough() throws Exception {
		Treaty treaty = this.treaties.treaty("Unknown condition convention");
		String page = "/treaties/" + treaty.getNumber();
		this.mvc.perform(get(page)).andExpect(page((html) -> {
			assertThat(html.select("dd.records-incomplete").text()).contains("no ratification is recorded here");
			assertThat(html.text()).doesNotContain("No ratification");
		}));
		this.treaties.ratified(treaty, "FR", "2001-11-23", "2003-05-12");
		this.mvc.perform(get(page)).andExpect(page((html) -> {
			assertThat(html.select("dd.records-incomplete")).isEmpty();
			assertThat(html.text()).contains("One ratification or accession");
		}));
	}

	@Test
	void adminsSetTheRequiredNumberOnTheTreatyFormWithinItsBounds() throws Exception {
		Treaty treaty = this.treaties.treaty("Required number convention");
		this.mvc.perform(saveRequired(treaty, "0")).andExpect(status().isOk()).andExpect(page((html) -> {
			assertThat(html.select("#ratificationsRequired-error").text()).isEqualTo("Between 1 and 1000.");
			assertThat(html.select("input[name=ratificationsRequired]").val()).isEqualTo("0");
		}));
		this.mvc.perform(saveRequired(treaty, "5")).andExpect(status().isFound());
		assertThat(this.treatyRepository.findByNumber(treaty.getNumber()).orElseThrow().getRatificationsRequired())
			.isEqualTo(5);
	}

	private Treaty required(Treaty treaty, int ratifications) {
		treaty.setRatificationsRequired(ratifications);
		return this.treatyRepository.saveAndFlush(treaty);
	}

	/**
	 * The treaty form as an admin sends it, with the required number of ratifications.
	 */
	private MockHttpServletRequestBuilder saveRequired(Treaty treaty, String required) {
		return post("/admin/treaties/" + treaty.getNumber()).with(as(this.users.admin()))
			.with(csrf())
			.param("version", String.valueOf(treaty.getVersion()))
			.param("series", "CETS")
			.param("number", String.valueOf(treaty.getNumber()))
			.param("title", "Required number convention (full title)")
			.param("shortTitle", "Required number convention")
			.param("monthsAfterDeposit", "3")
			.param("ratificationsRequired", required);
	}

}
