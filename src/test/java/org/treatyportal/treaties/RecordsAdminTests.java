package org.treatyportal.treaties;

import java.text.Collator;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import org.treatyportal.audit.AuditItemAddresses;
import org.treatyportal.support.PortalIntegrationTest;
import org.treatyportal.users.TestUsers;
import org.treatyportal.users.User;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.treatyportal.support.Html.page;
import static org.treatyportal.users.TestUsers.as;

/**
 * The admin table of a treaty's records and a country's records: addressed by treaty
 * number and ISO code, ordered by the State's name in the admin's language, filtered by a
 * GET form, and the old addresses by internal id redirected or not found.
 */
@PortalIntegrationTest
class RecordsAdminTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestUsers users;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private TreatyRepository treatyRepository;

	@Autowired
	private TreatyPartyRepository partyRepository;

	@Autowired
	private TreatyStatementRepository statementRepository;

	@Autowired
	private List<AuditItemAddresses> auditAddresses;

	private TestTreaties treaties;

	private Treaty treaty;

	private User user;

	@BeforeEach
	void setUp() {
		this.treaties = new TestTreaties(this.treatyRepository, this.partyRepository, this.statementRepository);
		this.treaty = this.treaties.treaty("Records table convention");
		this.treaties.signed(this.treaty, "CH", "2001-11-23");
		this.treaties.ratified(this.treaty, "CA", "2001-11-23", "2005-01-10");
		this.treaties.signed(this.treaty, "DE", "2001-11-23");
		this.treaties.signed(this.treaty, "AT", "2001-11-23");
		this.user = this.users.admin();
	}

	@Test
	void recordsAreOrderedByTheStatesNameInTheAdminsLanguageNotByCode() throws Exception {
		this.mvc.perform(get(url()).with(as(this.user))).andExpect(status().isOk()).andExpect(page((html) -> {
			assertThat(html.select("#records-table tbody th").eachText()).containsExactly("Austria", "Canada",
					"Germany", "Switzerland");
			assertThat(html.select("#records-table tbody th a").eachAttr("href")).containsExactly(url() + "/parties/at",
					url() + "/parties/ca", url() + "/parties/de", url() + "/parties/ch");
			assertThat(html.select("#records-table tr[data-iso=CA] td").eachText()).containsExactly("2001-11-23",
					"2005-01-10", "2005-05-01");
			assertThat(html.select("section.admin-records form.editor-form")).isEmpty();
		}));
		this.jdbc.update("update app_user set interface_language = 'fr' where id = ?", this.user.getId());
		this.mvc.perform(get(url()).with(as(this.users.reload(this.user))))
			.andExpect(page((html) -> assertThat(html.select("#records-table tbody th").eachText())
				.containsExactly("Allemagne", "Autriche", "Canada", "Suisse")));
	}

	@Test
	void theFilterKeepsTheStatesWhoseNameOrCodeMatchesWithoutCaseOrAccents() throws Exception {
		this.mvc.perform(get(url()).param("q", "  AUS ").with(as(this.user))).andExpect(page((html) -> {
			assertThat(html.select("#records-table tbody th").eachText()).containsExactly("Austria");
			assertThat(html.select("input[name=q]").val()).isEqualTo("  AUS ");
			assertThat(html.select("#records-count").text()).isEqualTo("1 of 4 records shown");
		}));
		this.mvc.perform(get(url()).param("q", "ch").with(as(this.user)))
			.andExpect(page((html) -> assertThat(html.select("#records-table tbody th").eachText())
				.containsExactly("Switzerland")));
		this.mvc.perform(get(url()).param("q", "Zzz").with(as(this.user))).andExpect(page((html) -> {
			assertThat(html.select("#records-table")).isEmpty();
			assertThat(html.select(".admin-records .empty").text()).contains("No State of these records matches");
		}));
		this.jdbc.update("update app_user set interface_language = 'fr' where id = ?", this.user.getId());
		this.mvc.perform(get(url()).param("q", "allemagne").with(as(this.users.reload(this.user))))
			.andExpect(page((html) -> assertThat(html.select("#records-table tbody th").eachText())
				.containsExactly("Allemagne")));
	}

	@Test
	void addressesUseTheTreatyNumberAndTheIsoCodeAndOldIdAddressesRedirectOrAreNotFound() throws Exception {
		TreatyParty swiss = this.partyRepository.findForEditing(this.treaty.getNumber(), "CH").orElseThrow();
		TreatyStatement statement = this.treaties.statement(swiss, StatementKind.DECLARATION, "2002-01-10",
				"Article 24", "Switzerland declares.");
		RequestPostProcessor admin = as(this.user);
		this.mvc.perform(get(url() + "/parties/ch").with(admin)).andExpect(status().isOk());
		this.mvc.perform(get(url() + "/parties/CH").with(admin)).andExpect(status().isOk());
		this.mvc.perform(get(url() + "/parties/ch/statements/" + statement.getId()).with(admin))
			.andExpect(status().isOk());
		this.mvc.perform(get(url() + "/parties/fr").with(admin)).andExpect(status().isNotFound());
		this.mvc.perform(get("/admin/treaties/999999999").with(admin)).andExpect(status().isNotFound());
		this.mvc.perform(get("/admin/treaties/99999999999999").with(admin)).andExpect(status().isNotFound());

		String old = "/admin/treaties/" + this.treaty.getId() + "/parties/" + swiss.getId();
		this.mvc.perform(get(old).with(admin))
			.andExpect(status().isMovedPermanently())
			.andExpect(redirectedUrl(url() + "/parties/ch"));
		this.mvc.perform(get(old + "/statements/" + statement.getId()).with(admin))
			.andExpect(status().isMovedPermanently())
			.andExpect(redirectedUrl(url() + "/parties/ch/statements/" + statement.getId()));
		this.mvc
			.perform(get("/admin/treaties/" + (this.treaty.getId() + 1000) + "/parties/" + swiss.getId()).with(admin))
			.andExpect(status().isNotFound());

		assertThat(auditAddress(TreatyEditor.CONTENT_TYPE, this.treaty.getId())).isEqualTo(url());
		assertThat(auditAddress(PartyEditor.CONTENT_TYPE, swiss.getId())).isEqualTo(url() + "/parties/ch");
		assertThat(auditAddress(StatementEditor.CONTENT_TYPE, statement.getId()))
			.isEqualTo(url() + "/parties/ch/statements/" + statement.getId());
	}

	@Test
	void savingATreatyRedirectsToItsNumberEvenWhenTheNumberChanged() throws Exception {
		int renumbered = this.treaty.getNumber() + 500_000;
		this.mvc
			.perform(post(url()).with(as(this.user))
				.with(csrf())
				.param("version", String.valueOf(this.treaty.getVersion()))
				.param("series", "CETS")
				.param("number", String.valueOf(renumbered))
				.param("title", "Renumbered title")
				.param("shortTitle", "Renumbered")
				.param("monthsAfterDeposit", "3"))
			.andExpect(redirectedUrl("/admin/treaties/" + renumbered));
		this.mvc.perform(get(url()).with(as(this.user))).andExpect(status().isNotFound());
	}

	@Test
	void theCountryFormListsTheStatesRecordsWithLinksToEachAndTheTreatiesLeftToRecord() throws Exception {
		this.mvc.perform(get("/admin/countries/ca").with(as(this.user))).andExpect(page((html) -> {
			var row = html.select("#records-table tr[data-iso=CA]:has(a[href=" + url() + "/parties/ca])");
			assertThat(row.select("th").text())
				.isEqualTo("CETS " + this.treaty.getNumber() + " · Records table convention");
			assertThat(row.select("td").eachText()).containsExactly("2001-11-23", "2005-01-10", "2005-05-01");
			assertThat(html.select(".admin-records a[href=" + url() + "/parties/new?countryCode=CA]")).isEmpty();
		}));
		this.mvc.perform(get("/admin/countries/fr").with(as(this.user)))
			.andExpect(page((html) -> assertThat(
					html.select(".admin-records a[href=" + url() + "/parties/new?countryCode=FR]").text())
				.isEqualTo("CETS " + this.treaty.getNumber() + " · Records table convention")));
		this.mvc.perform(get(url() + "/parties/new").param("countryCode", "FR").with(as(this.user)))
			.andExpect(page((html) -> assertThat(html.select("#countryCode").val()).isEqualTo("FR")));
	}

	@Test
	void theNewRecordFormOffersTheStatesThatCanBePartiesByNameForTypeAhead() throws Exception {
		this.mvc.perform(get(url() + "/parties/new").with(as(this.user))).andExpect(page((html) -> {
			assertThat(html.select("#countryCode").attr("list")).isEqualTo("state-names");
			List<String> names = html.select("datalist#state-names option").eachAttr("value");
			assertThat(names).hasSize(195)
				.contains("France", "Holy See", "Palestine, State of", "Switzerland")
				.doesNotContain("American Samoa", "Antarctica", "Hong Kong");
			assertThat(names).isSortedAccordingTo(Collator.getInstance(Locale.ENGLISH));
		}));
		this.jdbc.update("update app_user set interface_language = 'fr' where id = ?", this.user.getId());
		this.mvc.perform(get(url() + "/parties/new").with(as(this.users.reload(this.user)))).andExpect(page((html) -> {
			List<String> names = html.select("datalist#state-names option").eachAttr("value");
			assertThat(names).contains("Allemagne", "Suisse").doesNotContain("Germany");
			assertThat(names).isSortedAccordingTo(Collator.getInstance(Locale.FRENCH));
		}));
	}

	@Test
	void aStateIsRecordedFromItsTypedNameOrCodeAndATerritoryIsRefusedKeepingWhatWasTyped() throws Exception {
		RequestPostProcessor admin = as(this.user);
		for (String territory : List.of("AS", "american samoa")) {
			this.mvc
				.perform(post(url() + "/parties").with(admin)
					.with(csrf())
					.param("countryCode", territory)
					.param("signatureDate", "2001-11-23"))
				.andExpect(status().isOk())
				.andExpect(page((html) -> {
					assertThat(html.select("#countryCode-error").text())
						.isEqualTo("American Samoa is not a State that can become a Party to a treaty"
								+ " (a territory, for instance): choose a State of the list.");
					assertThat(html.select("#countryCode").val()).isEqualTo(territory);
				}));
		}
		this.mvc
			.perform(post(url() + "/parties").with(admin)
				.with(csrf())
				.param("countryCode", " cote d'ivoire ")
				.param("signatureDate", "2001-11-23"))
			.andExpect(redirectedUrl(url() + "/parties/ci"));
		this.mvc
			.perform(post(url() + "/parties").with(admin)
				.with(csrf())
				.param("countryCode", "Holy See (VA)")
				.param("signatureDate", "2001-11-23"))
			.andExpect(redirectedUrl(url() + "/parties/va"));
		assertThat(this.partyRepository.findByTreatyId(this.treaty.getId())).extracting(TreatyParty::getCountryCode)
			.contains("CI", "VA")
			.doesNotContain("AS");
	}

	private String auditAddress(String type, long id) {
		return this.auditAddresses.stream()
			.map((addresses) -> addresses.adminPath(type, id))
			.flatMap(java.util.Optional::stream)
			.findFirst()
			.orElseThrow();
	}

	private String url() {
		return "/admin/treaties/" + this.treaty.getNumber();
	}

}
