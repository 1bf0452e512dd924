package org.treatyportal.treaties;

import java.time.Instant;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import org.treatyportal.support.AdminForms;
import org.treatyportal.support.MutableClock;
import org.treatyportal.support.PortalIntegrationTest;
import org.treatyportal.users.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.treatyportal.users.TestUsers.as;

/**
 * Admins writing a treaty's, a statement's and a country profile's versions in other
 * languages in the same form and the same save as the original: one revision holds every
 * language, a translation is flagged once the original moves on until confirmed, and a
 * restore brings back each language as it was.
 */
@PortalIntegrationTest
class TreatyTranslationAdminTests {

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

	private Treaty treaty;

	private RequestPostProcessor admin;

	@BeforeEach
	void setUp() {
		this.clock.setInstant(Instant.parse("2012-12-01T10:00:00Z"));
		this.treaty = new TestTreaties(this.treatyRepository, this.partyRepository, this.statementRepository)
			.treaty("Translated convention");
		this.admin = as(this.users.admin());
	}

	@Test
	void theTreatyFormHasAVersionPerLanguageSavedInOneRevision() throws Exception {
		Document form = open();
		assertThat(form.select("fieldset.language-version").eachAttr("data-language")).containsExactly("en", "fr");
		assertThat(form.select("fieldset.language-version[lang=fr] label[for=translations-fr-title]")).hasSize(1);

		save(Map.of("translations[fr].title", "Convention traduite (titre complet)", "translations[fr].shortTitle",
				"Convention traduite", "translations[fr].summary", "<p>Résumé</p><script>x()</script>"));

		Treaty saved = this.treatyRepository.findByNumber(this.treaty.getNumber()).orElseThrow();
		assertThat(saved.in("fr").title()).isEqualTo("Convention traduite (titre complet)");
		assertThat(saved.in("fr").summary()).isEqualTo("<p>Résumé</p>");
		assertThat(saved.in("fr").isFallback()).isFalse();
		assertThat(latestRevision()).contains("title [fr]", "Convention traduite (titre complet)", "shortTitle [fr]");
		assertThat(open().select("#translations-fr-title").val()).isEqualTo("Convention traduite (titre complet)");
	}

	@Test
	void aTranslationNeedsBothTitlesAndTheFormKeepsWhatWasTyped() throws Exception {
		String page = this.mvc
			.perform(AdminForms.submit(open(), url(), this.admin,
					Map.of("translations[fr].summary", "<p>Résumé seul</p>")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Document shown = Jsoup.parse(page);
		assertThat(shown.select("#translations-fr-title-error").text())
			.isEqualTo("A translation needs a title and a short title.");
		assertThat(shown.select("#translations-fr-summary").val()).isEqualTo("<p>Résumé seul</p>");
		assertThat(this.treatyRepository.findByNumber(this.treaty.getNumber()).orElseThrow().languages())
			.containsExactly("en");
	}

	@Test
	void aTranslationIsOutOfDateOnceTheOriginalChangesUntilAnAdminConfirmsIt() throws Exception {
		save(Map.of("translations[fr].title", "Titre", "translations[fr].shortTitle", "Titre abrégé"));
		assertThat(open().select(".translation-out-of-date")).isEmpty();

		save(Map.of("title", "Translated convention, corrected title"));
		Document form = open();
		assertThat(form.select("fieldset[lang=fr] .translation-out-of-date").text()).contains("may be out of date");
		assertThat(this.treatyRepository.findByNumber(this.treaty.getNumber()).orElseThrow().isOutOfDate("fr"))
			.isTrue();

		save(Map.of("translations[fr].confirmed", "true"));
		assertThat(this.treatyRepository.findByNumber(this.treaty.getNumber()).orElseThrow().isOutOfDate("fr"))
			.isFalse();
		assertThat(open().select(".translation-out-of-date")).isEmpty();
	}

	@Test
	void restoringARevisionBringsBackEachLanguageAsItWas() throws Exception {
		save(Map.of("translations[fr].title", "Premier titre", "translations[fr].shortTitle", "Premier"));
		int first = revisionCount();
		save(Map.of("translations[fr].title", "Second titre"));

		this.mvc.perform(post(url() + "/revisions/" + first + "/restore").with(this.admin).with(csrf()))
			.andExpect(status().isFound());

		assertThat(this.treatyRepository.findByNumber(this.treaty.getNumber()).orElseThrow().in("fr").title())
			.isEqualTo("Premier titre");
	}

	@Test
	void removingATranslationLeavesTheOriginal() throws Exception {
		save(Map.of("translations[fr].title", "Titre", "translations[fr].shortTitle", "Titre abrégé"));
		save(Map.of("translations[fr].remove", "true"));

		Treaty saved = this.treatyRepository.findByNumber(this.treaty.getNumber()).orElseThrow();
		assertThat(saved.languages()).containsExactly("en");
		assertThat(saved.in("fr").isFallback()).isTrue();
		assertThat(latestRevision()).doesNotContain("[fr]");
	}

	@Test
	void aStatementsTextIsSavedInEachLanguageGiven() throws Exception {
		TestTreaties treaties = new TestTreaties(this.treatyRepository, this.partyRepository, this.statementRepository);
		TreatyParty party = treaties.ratified(this.treaty, "NO", "2001-11-23", "2006-06-30");
		TreatyStatement statement = treaties.statement(party, StatementKind.DECLARATION, "2006-06-30", "Article 24",
				"Norway declares.");
		String statementUrl = url() + "/parties/no/statements/" + statement.getId();
		Document form = AdminForms.open(this.mvc, this.admin, statementUrl);
		assertThat(form.select("fieldset.language-version").eachAttr("lang")).containsExactly("en", "fr");

		this.mvc
			.perform(AdminForms.submit(form, statementUrl, this.admin,
					Map.of("translations[fr].text", "La Norvège déclare.")))
			.andExpect(status().isFound());

		assertThat(this.jdbc.queryForObject(
				"select text from treaty_statement_translation where statement_id = ? and language = 'fr'",
				String.class, statement.getId()))
			.isEqualTo("La Norvège déclare.");
		assertThat(this.jdbc
			.queryForObject("select fields from revision where content_type = 'treaty-statement' and content_id = ?"
					+ " order by number desc limit 1", String.class, statement.getId()))
			.contains("text [fr]");
	}

	@Test
	void aCountryProfileIsWrittenInEachLanguage() throws Exception {
		Document form = AdminForms.open(this.mvc, this.admin, "/admin/countries/mh");
		assertThat(form.select("fieldset.language-version").eachAttr("lang")).containsExactly("en", "fr");

		this.mvc.perform(AdminForms.submit(form, "/admin/countries/mh", this.admin,
				Map.of("statusSummary", "<p>Marshall Islands has no profile yet.</p>", "translations[fr].statusSummary",
						"<p>Les Îles Marshall n’ont pas encore de profil.</p>", "translations[fr].legislation",
						"<p>Aucune loi</p>")))
			.andExpect(status().isFound());

		assertThat(this.jdbc
			.queryForMap("select status_summary, legislation from country_profile_translation t join country c"
					+ " on c.id = t.country_id where c.code = 'MH' and t.language = 'fr'"))
			.containsEntry("status_summary", "<p>Les Îles Marshall n’ont pas encore de profil.</p>")
			.containsEntry("legislation", "<p>Aucune loi</p>");
		assertThat(AdminForms.open(this.mvc, this.admin, "/admin/countries/mh")
			.select("#translations-fr-legislation")
			.val()).isEqualTo("<p>Aucune loi</p>");
	}

	private Document open() throws Exception {
		return AdminForms.open(this.mvc, this.admin, url());
	}

	private void save(Map<String, String> changes) throws Exception {
		this.mvc.perform(AdminForms.submit(open(), url(), this.admin, changes)).andExpect(status().isFound());
	}

	private String url() {
		return "/admin/treaties/" + this.treaty.getNumber();
	}

	private String latestRevision() {
		return this.jdbc.queryForObject("select fields from revision where content_type = 'treaty' and content_id = ?"
				+ " order by number desc limit 1", String.class, this.treaty.getId());
	}

	private int revisionCount() {
		return this.jdbc.queryForObject(
				"select max(number) from revision where content_type = 'treaty' and content_id = ?", Integer.class,
				this.treaty.getId());
	}

}
