package org.treatyportal.treaties;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import org.treatyportal.support.EditorTestSupport;
import org.treatyportal.support.MutableClock;
import org.treatyportal.support.PortalIntegrationTest;
import org.treatyportal.users.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.treatyportal.support.Html.page;
import static org.treatyportal.users.TestUsers.as;

/**
 * Admins recording treaties, States' signatures and ratifications and their statements,
 * with every rule of the Treaty Office refused next to its field, revisions, conflicts,
 * the audit log, and editors kept out.
 */
@PortalIntegrationTest
class TreatyAdminTests {

	private static final Instant NOW = Instant.parse("2012-12-01T10:00:00Z");

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestUsers users;

	@Autowired
	private MutableClock clock;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private TreatyRepository treatyRepository;

	@Autowired
	private TreatyPartyRepository partyRepository;

	@Autowired
	private TreatyStatementRepository statementRepository;

	private TestTreaties treaties;

	private Treaty treaty;

	private RequestPostProcessor admin;

	@BeforeEach
	void setUp() {
		this.clock.setInstant(NOW);
		this.treaties = new TestTreaties(this.treatyRepository, this.partyRepository, this.statementRepository);
		this.treaty = this.treaties.treaty("Admin test convention");
		this.admin = as(this.users.admin());
	}

	@Test
	void editorsGetForbiddenOnTreatyAndCountryAdministration() throws Exception {
		RequestPostProcessor editor = as(this.users.editor());
		for (String path : List.of("/admin/treaties", "/admin/treaties/new",
				"/admin/treaties/" + this.treaty.getNumber(), "/admin/countries", "/admin/countries/fr")) {
			this.mvc.perform(get(path).with(editor)).andExpect(status().isForbidden());
		}
		this.mvc
			.perform(post("/admin/treaties/" + this.treaty.getNumber() + "/parties").with(editor)
				.with(csrf())
				.param("countryCode", "FR")
				.param("signatureDate", "2001-11-23"))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/treaties")).andExpect(redirectedUrl("/login"));
		assertThat(this.partyRepository.findByTreatyId(this.treaty.getId())).isEmpty();
	}

	@Test
	void aTreatyNeverSavedHereSaysItHasNoRevisionsYet() throws Exception {
		this.mvc.perform(get("/admin/treaties/" + this.treaty.getNumber() + "/revisions").with(this.admin))
			.andExpect(status().isOk())
			.andExpect(page((html) -> {
				assertThat(html.select("main p").eachText()).anyMatch((text) -> text.startsWith("No revisions yet"));
				assertThat(html.select("table")).isEmpty();
			}));
	}

	@Test
	void recordedRatificationAppearsAtOnceOnTheChartTheProfileAndTheHomePage() throws Exception {
		MvcResult created = this.mvc
			.perform(partyPost().param("countryCode", "pt")
				.param("signatureDate", "2001-11-23")
				.param("consentDate", "2012-06-13")
				.param("consentKind", "RATIFICATION")
				.param("note", "Instrument deposited"))
			.andExpect(status().isFound())
			.andExpect(flash().attribute("success", "treaties.admin.saved"))
			.andReturn();
		assertThat(created.getResponse().getRedirectedUrl())
			.isEqualTo("/admin/treaties/" + this.treaty.getNumber() + "/parties/pt");
		long partyId = partyId("PT");

		this.mvc.perform(get("/treaties/" + this.treaty.getNumber() + "/chart")).andExpect(page((html) -> {
			assertThat(html.select("tr[data-iso=PT] td").eachText()).startsWith("23/11/2001", "13/06/2012",
					"01/10/2012");
			assertThat(html.select(".total-ratifications").text()).isEqualTo("1");
		}));
		this.mvc.perform(get("/countries/pt"))
			.andExpect(page(
					(html) -> assertThat(html.select("tr[data-treaty=" + this.treaty.getNumber() + "] td").eachText())
						.startsWith("Ratified", "23 November 2001", "13 June 2012", "1 October 2012")));
		this.mvc.perform(get("/")).andExpect(page((html) -> {
			var glance = html.select("li[data-treaty=" + this.treaty.getNumber() + "]");
			assertThat(glance.select(".treaty-glance__totals").text()).startsWith("1 ratification or accession");
			assertThat(glance.select(".treaty-glance__latest").text())
				.isEqualTo("Latest: ratification by Portugal on 13 June 2012");
		}));
		assertThat(EditorTestSupport.auditActions(this.jdbc, partyId, "treaty-party")).containsExactly("CREATE");
		assertThat(this.jdbc.queryForObject(
				"select note from revision where content_type = 'treaty-party'" + " and content_id = ?", String.class,
				partyId))
			.isEqualTo("Instrument deposited");
	}

	@Test
	void everyRuleOfTheTreatyOfficeIsRefusedNextToItsFieldKeepingWhatWasTyped() throws Exception {
		this.treaties.signed(this.treaty, "DE", "2001-11-23");
		Map<String, String[]> refusals = new java.util.LinkedHashMap<>();
		refusals.put("signature after ratification", new String[] { "consentDate", "cannot come before the signature",
				"FR", "2006-01-10", "2005-01-10", "RATIFICATION", "", "" });
		refusals.put("signature in the future",
				new String[] { "signatureDate", "in the future", "FR", "2013-01-01", "", "", "", "" });
		refusals.put("ratification in the future", new String[] { "consentDate", "in the future", "FR", "2001-11-23",
				"2012-12-02", "RATIFICATION", "", "" });
		refusals.put("second record for a State",
				new String[] { "countryCode", "already has a record", "DE", "2001-11-23", "", "", "", "" });
		refusals.put("unknown ISO code", new String[] { "countryCode", "is neither the name nor the ISO 3166-1 code",
				"XX", "2001-11-23", "", "", "", "" });
		refusals.put("no State chosen",
				new String[] { "countryCode", "Choose the State", "", "2001-11-23", "", "", "", "" });
		refusals.put("ratification without signature", new String[] { "signatureDate", "follows a signature", "FR", "",
				"2006-01-10", "RATIFICATION", "", "" });
		refusals.put("no act at all",
				new String[] { "signatureDate", "Give a signature date", "FR", "", "", "", "", "" });
		refusals.put("deposit without its kind", new String[] { "consentKind", "ratification, an accession or", "FR",
				"2001-11-23", "2006-01-10", "", "", "" });
		refusals.put("signature before the opening",
				new String[] { "signatureDate", "opened for signature on", "FR", "2001-11-22", "", "", "", "" });
		refusals.put("override without a note", new String[] { "overrideNote", "Say why", "FR", "2001-11-23",
				"2006-01-10", "RATIFICATION", "2006-06-01", "" });
		for (Map.Entry<String, String[]> refusal : refusals.entrySet()) {
			String[] v = refusal.getValue();
			this.mvc
				.perform(partyPost().param("countryCode", v[2])
					.param("signatureDate", v[3])
					.param("consentDate", v[4])
					.param("consentKind", v[5])
					.param("entryIntoForceOverride", v[6])
					.param("overrideNote", v[7])
					.param("notes", "Kept notes"))
				.andExpect(status().isOk())
				.andExpect(page((html) -> {
					assertThat(html.select("#" + v[0] + "-error").text()).as(refusal.getKey()).contains(v[1]);
					assertThat(html.select("textarea[name=notes]").text()).as(refusal.getKey()).isEqualTo("Kept notes");
				}));
		}
		this.mvc.perform(partyPost().param("countryCode", "FR").param("signatureDate", "23 Nov 2001"))
			.andExpect(page((html) -> assertThat(html.select("#signatureDate-error").text()).contains("Enter a date")));
		assertThat(this.partyRepository.findByTreatyId(this.treaty.getId())).extracting(TreatyParty::getCountryCode)
			.containsExactly("DE");
	}

	@Test
	void accessionNeedsNoSignatureAndOverrideWithANoteIsKept() throws Exception {
		this.mvc
			.perform(partyPost().param("countryCode", "DO")
				.param("consentDate", "2012-02-07")
				.param("consentKind", "ACCESSION")
				.param("entryIntoForceOverride", "2012-07-01")
				.param("overrideNote", "Date set by the Committee of Ministers' invitation"))
			.andExpect(status().isFound());

		TreatyParty party = this.partyRepository.findByTreatyId(this.treaty.getId()).get(0);
		assertThat(party.getEntryIntoForce()).isEqualTo(java.time.LocalDate.of(2012, 7, 1));
		assertThat(party.getOverrideNote()).startsWith("Date set by");
	}

	@Test
	void statementsAreAddedRefusedInTheFutureAndDeletedWithTheirAudit() throws Exception {
		TreatyParty party = this.treaties.ratified(this.treaty, "HU", "2001-11-23", "2003-12-04");
		String base = "/admin/treaties/" + this.treaty.getNumber() + "/parties/hu/statements";

		this.mvc
			.perform(post(base).with(this.admin)
				.with(csrf())
				.param("kind", "RESERVATION")
				.param("statementDate", "2013-01-01")
				.param("text", "Too early"))
			.andExpect(status().isOk())
			.andExpect(
					page((html) -> assertThat(html.select("#statementDate-error").text()).contains("in the future")));
		this.mvc
			.perform(post(base).with(this.admin).with(csrf()).param("statementDate", "2003-12-04").param("text", ""))
			.andExpect(status().isOk())
			.andExpect(page((html) -> {
				assertThat(html.select("#kind-error").text()).isNotEmpty();
				assertThat(html.select("#text-error").text()).isEqualTo("Please fill this in.");
			}));
		this.mvc
			.perform(post(base).with(this.admin)
				.with(csrf())
				.param("kind", "RESERVATION")
				.param("statementDate", "2003-12-04")
				.param("articles", "Article 9, paragraph 4")
				.param("text", "Hungary reserves the right."))
			.andExpect(status().isFound());

		this.mvc.perform(get("/treaties/" + this.treaty.getNumber() + "/chart")).andExpect(page((html) -> {
			assertThat(html.select("tr[data-iso=HU] td.chart-mark a").eachText()).containsExactly("R.");
			assertThat(html.select("#statements-hu-reservation").text()).contains("Article 9, paragraph 4");
		}));
		long statementId = this.statementRepository.findByPartyOrderByStatementDateAscIdAsc(party).get(0).getId();
		this.mvc.perform(post(base + "/" + statementId + "/delete").with(this.admin).with(csrf()))
			.andExpect(redirectedUrl("/admin/treaties/" + this.treaty.getNumber() + "/parties/hu"));
		assertThat(this.statementRepository.findById(statementId)).isEmpty();
		assertThat(EditorTestSupport.auditActions(this.jdbc, statementId, "treaty-statement")).containsExactly("CREATE",
				"DELETE");
	}

	@Test
	void sourceNotesAreKeptWithRevisionsAndShownOnTheChartOnlyWhenPublished() throws Exception {
		MvcResult created = this.mvc
			.perform(partyPost().param("countryCode", "HR")
				.param("signatureDate", "2003-03-26")
				.param("consentDate", "2008-07-04")
				.param("consentKind", "RATIFICATION")
				.param("sourceNote", "Netherlands treaty database, entry 010573"))
			.andExpect(status().isFound())
			.andReturn();
		String url = "/admin/treaties/" + this.treaty.getNumber() + "/parties/hr";
		assertThat(created.getResponse().getRedirectedUrl()).isEqualTo(url);
		long partyId = partyId("HR");
		String chart = "/treaties/" + this.treaty.getNumber() + "/chart";
		this.mvc.perform(get(chart)).andExpect(page((html) -> assertThat(html.text()).doesNotContain("entry 010573")));

		TreatyParty saved = this.partyRepository.findById(partyId).orElseThrow();
		this.mvc
			.perform(post(url).with(this.admin)
				.with(csrf())
				.param("version", String.valueOf(saved.getVersion()))
				.param("signatureDate", "2003-03-26")
				.param("consentDate", "2008-07-04")
				.param("consentKind", "RATIFICATION")
				.param("sourceNote", "x".repeat(1001))
				.param("sourcePublished", "true"))
			.andExpect(status().isOk())
			.andExpect(page((html) -> {
				assertThat(html.select("#sourceNote-error").text()).isEqualTo("Keep this to 1000 characters at most.");
				assertThat(html.select("textarea[name=sourceNote]").text()).hasSize(1001);
				assertThat(html.select("input[name=sourcePublished]").hasAttr("checked")).isTrue();
			}));
		this.mvc
			.perform(post(url).with(this.admin)
				.with(csrf())
				.param("version", String.valueOf(saved.getVersion()))
				.param("signatureDate", "2003-03-26")
				.param("consentDate", "2008-07-04")
				.param("consentKind", "RATIFICATION")
				.param("sourceNote", " ")
				.param("sourcePublished", "true"))
			.andExpect(status().isOk())
			.andExpect(page((html) -> assertThat(html.select("#sourceNote-error").text())
				.isEqualTo("Write the source before showing it on the chart.")));
		this.mvc
			.perform(post(url).with(this.admin)
				.with(csrf())
				.param("version", String.valueOf(saved.getVersion()))
				.param("signatureDate", "2003-03-26")
				.param("consentDate", "2008-07-04")
				.param("consentKind", "RATIFICATION")
				.param("sourceNote", "Netherlands treaty database, entry 010573 ")
				.param("sourcePublished", "true"))
			.andExpect(status().isFound());

		this.mvc.perform(get(chart))
			.andExpect(page((html) -> assertThat(html.select("#source-hr + dd").text())
				.isEqualTo("Netherlands treaty database, entry 010573")));
		this.mvc.perform(get(url).with(this.admin)).andExpect(page((html) -> {
			assertThat(html.select("textarea[name=sourceNote]").text())
				.isEqualTo("Netherlands treaty database, entry 010573");
			assertThat(html.select("input[name=sourcePublished]").hasAttr("checked")).isTrue();
		}));
		this.mvc.perform(get(url + "/revisions").with(this.admin))
			.andExpect(page(
					(html) -> assertThat(html.select(".diff").text()).contains("Show the source on the public chart")));
		assertThat(EditorTestSupport.auditActions(this.jdbc, partyId, "treaty-party")).containsExactly("CREATE",
				"SAVE");
	}

	@Test
	void statementSourceIsSavedAndPublishedFromTheStatementForm() throws Exception {
		TreatyParty party = this.treaties.ratified(this.treaty, "LV", "2004-05-05", "2007-02-14");
		String base = "/admin/treaties/" + this.treaty.getNumber() + "/parties/lv/statements";

		this.mvc
			.perform(post(base).with(this.admin)
				.with(csrf())
				.param("kind", "RESERVATION")
				.param("statementDate", "2007-02-14")
				.param("text", "Latvia reserves the right.")
				.param("sourceNote", "Letter of 31 May 2007")
				.param("sourcePublished", "true"))
			.andExpect(status().isFound());

		TreatyStatement statement = this.statementRepository.findByPartyOrderByStatementDateAscIdAsc(party).get(0);
		assertThat(statement.getSource()).isEqualTo(new RecordSource("Letter of 31 May 2007", true));
		this.mvc.perform(get("/treaties/" + this.treaty.getNumber() + "/chart"))
			.andExpect(page((html) -> assertThat(html.select("#statements-lv-reservation .statement__source").text())
				.isEqualTo("Source: Letter of 31 May 2007")));
		this.mvc.perform(get("/countries/lv"))
			.andExpect(page((html) -> assertThat(html
				.select("section[aria-labelledby=statements-" + this.treaty.getNumber() + "] .statement__source")
				.text()).isEqualTo("Source: Letter of 31 May 2007")));
		this.mvc.perform(get(base + "/" + statement.getId()).with(this.admin))
			.andExpect(page((html) -> assertThat(html.select("textarea[name=sourceNote]").text())
				.isEqualTo("Letter of 31 May 2007")));
	}

	@Test
	void adminCreatesAndEditsATreatyRefusingATakenNumber() throws Exception {
		this.mvc
			.perform(post("/admin/treaties").with(this.admin)
				.with(csrf())
				.param("series", "CETS")
				.param("number", String.valueOf(this.treaty.getNumber()))
				.param("title", "Duplicate")
				.param("shortTitle", "Duplicate")
				.param("monthsAfterDeposit", "3"))
			.andExpect(status().isOk())
			.andExpect(page((html) -> assertThat(html.select("#number-error").text()).contains("already exists")));
		this.mvc.perform(get("/admin/treaties/" + this.treaty.getNumber()).with(this.admin))
			.andExpect(status().isOk())
			.andExpect(page((html) -> assertThat(html.select("input[name=shortTitle]").val())
				.isEqualTo("Admin test convention")));
		this.mvc
			.perform(post("/admin/treaties/" + this.treaty.getNumber()).with(this.admin)
				.with(csrf())
				.param("version", String.valueOf(this.treaty.getVersion()))
				.param("series", "CETS")
				.param("number", String.valueOf(this.treaty.getNumber()))
				.param("title", "Renamed title")
				.param("shortTitle", "Renamed")
				.param("openedOn", "2001-11-23")
				.param("entryIntoForce", "2001-01-01")
				.param("monthsAfterDeposit", "3"))
			.andExpect(status().isOk())
			.andExpect(page(
					(html) -> assertThat(html.select("#entryIntoForce-error").text()).contains("before it is opened")));
		this.mvc
			.perform(post("/admin/treaties/" + this.treaty.getNumber()).with(this.admin)
				.with(csrf())
				.param("version", String.valueOf(this.treaty.getVersion()))
				.param("series", "CETS")
				.param("number", String.valueOf(this.treaty.getNumber()))
				.param("title", "Renamed title")
				.param("shortTitle", "Renamed")
				.param("summary", "<p onclick=\"x()\">Safe</p>")
				.param("monthsAfterDeposit", "4"))
			.andExpect(status().isFound());

		Treaty saved = this.treatyRepository.findById(this.treaty.getId()).orElseThrow();
		assertThat(saved.getShortTitle()).isEqualTo("Renamed");
		assertThat(saved.getSummary()).isEqualTo("<p>Safe</p>");
		assertThat(saved.getMonthsAfterDeposit()).isEqualTo(4);
		assertThat(EditorTestSupport.auditActions(this.jdbc, saved.getId(), "treaty")).containsExactly("SAVE");
	}

	private long partyId(String code) {
		return this.partyRepository.findForEditing(this.treaty.getNumber(), code).orElseThrow().getId();
	}

	private MockHttpServletRequestBuilder partyPost() {
		return post("/admin/treaties/" + this.treaty.getNumber() + "/parties").with(this.admin).with(csrf());
	}

}
