package org.treatyportal.treaties;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import org.treatyportal.support.MutableClock;
import org.treatyportal.support.PortalIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.treatyportal.support.Html.page;

/**
 * Visitors reading treaties, the chart, statements and country profiles in the page's
 * language: the French version where there is one, else the original marked with its
 * {@code lang} and a notice; States in the page language's order; the API's
 * {@code ?lang=}.
 */
@PortalIntegrationTest
class TreatyTranslationPageTests {

	private static final String NOTICE_FR = "Ce texte n’a pas encore été traduit en français.";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private MutableClock clock;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private TransactionTemplate transaction;

	@Autowired
	private TreatyRepository treatyRepository;

	@Autowired
	private TreatyPartyRepository partyRepository;

	@Autowired
	private TreatyStatementRepository statementRepository;

	private TestTreaties treaties;

	private Treaty translated;

	private Treaty englishOnly;

	@BeforeEach
	void createTreaties() {
		this.clock.setInstant(Instant.parse("2012-12-01T10:00:00Z"));
		this.treaties = new TestTreaties(this.treatyRepository, this.partyRepository, this.statementRepository);
		this.translated = this.treaties.treaty("Translated treaty");
		this.transaction.executeWithoutResult((status) -> {
			Treaty treaty = this.treatyRepository.findById(this.translated.getId()).orElseThrow();
			treaty.translate("fr", "Traité traduit (titre complet)", "Traité traduit", "<p>Résumé en français</p>",
					Instant.now());
		});
		this.englishOnly = this.treaties.treaty("English-only treaty");
	}

	@AfterEach
	void restoreFrenchNames() {
		this.jdbc.update("update country_name set name = 'Île Bouvet' where language = 'fr'"
				+ " and country_id = (select id from country where code = 'BV')");
		this.jdbc.update("update country_name set name = 'Îles Heard-et-MacDonald' where language = 'fr'"
				+ " and country_id = (select id from country where code = 'HM')");
	}

	@Test
	void theFrenchTreatyPageShowsTheFrenchVersion() throws Exception {
		this.mvc.perform(get("/fr/treaties/" + this.translated.getNumber()))
			.andExpect(status().isOk())
			.andExpect(page((html) -> {
				assertThat(html.select("h1").text()).isEqualTo("Traité traduit (titre complet)");
				assertThat(html.select("h1").hasAttr("lang")).isFalse();
				assertThat(html.select(".prose").text()).contains("Résumé en français");
				assertThat(html.select(".language-fallback")).isEmpty();
				assertThat(html.title()).startsWith("Traité traduit (");
			}));
		this.mvc.perform(get("/treaties/" + this.translated.getNumber()))
			.andExpect(
					page((html) -> assertThat(html.select("h1").text()).isEqualTo("Translated treaty (full title)")));
	}

	@Test
	void aTreatyWithoutAFrenchVersionShowsItsEnglishMarkedAsEnglishWithANotice() throws Exception {
		this.mvc.perform(get("/fr/treaties/" + this.englishOnly.getNumber()))
			.andExpect(status().isOk())
			.andExpect(page((html) -> {
				assertThat(html.select("h1[lang=en]").text()).isEqualTo("English-only treaty (full title)");
				assertThat(html.select(".language-fallback").text()).isEqualTo(NOTICE_FR);
			}));
		this.mvc.perform(get("/fr/treaties")).andExpect(page((html) -> {
			assertThat(html.select("a[lang=en]").eachText()).contains("English-only treaty (full title)");
			assertThat(html.select("a:not([lang])").eachText()).contains("Traité traduit (titre complet)");
		}));
	}

	@Test
	void theFrenchChartNamesTheTreatyAndGivesStatementsInFrenchWhereTranslated() throws Exception {
		TreatyParty party = this.treaties.ratified(this.translated, "NO", "2001-11-23", "2006-06-30");
		TreatyStatement declared = this.treaties.statement(party, StatementKind.DECLARATION, "2006-06-30", "",
				"Norway declares.");
		this.treaties.statement(party, StatementKind.RESERVATION, "2006-06-30", "", "Norway reserves.");
		this.transaction.executeWithoutResult((status) -> this.statementRepository.findById(declared.getId())
			.orElseThrow()
			.translate("fr", "La Norvège déclare.", Instant.now()));

		this.mvc.perform(get("/fr/treaties/" + this.translated.getNumber() + "/chart"))
			.andExpect(status().isOk())
			.andExpect(page((html) -> {
				assertThat(html.select(".lead a").text()).isEqualTo("Traité traduit (titre complet)");
				assertThat(html.select(".statement__text:not([lang])").eachText())
					.containsExactly("La Norvège déclare.");
				assertThat(html.select(".statement__text[lang=en]").eachText()).containsExactly("Norway reserves.");
				assertThat(html.text()).contains("30 juin 2006");
			}));
	}

	@Test
	void theFrenchChartSortsStatesTheFrenchWay() throws Exception {
		// French sorts accents from the end of the word: "côte" before "coté", where
		// English has "coté" first.
		this.jdbc.update("update country_name set name = 'Coté test' where language = 'fr'"
				+ " and country_id = (select id from country where code = 'BV')");
		this.jdbc.update("update country_name set name = 'Côte test' where language = 'fr'"
				+ " and country_id = (select id from country where code = 'HM')");
		this.treaties.signed(this.englishOnly, "BV", "2005-01-10");
		this.treaties.signed(this.englishOnly, "HM", "2005-01-10");

		this.mvc.perform(get("/fr/treaties/" + this.englishOnly.getNumber() + "/chart")).andExpect(page((html) -> {
			List<String> states = html.select("table th[scope=row]").eachText();
			assertThat(states).contains("Côte test", "Coté test");
			assertThat(states.indexOf("Côte test")).isLessThan(states.indexOf("Coté test"));
		}));
	}

	@Test
	void aFrenchCountryProfileShowsTheFrenchSectionsOrTheEnglishWithANotice() throws Exception {
		profile("PW", "<p>Palau in English.</p>");
		this.jdbc.update("insert into country_profile_translation (country_id, language, status_summary, based_on,"
				+ " updated_at) select id, 'fr', '<p>Palau en français.</p>', 'x', now() from country"
				+ " where code = 'PW' on conflict (country_id, language) do update set status_summary ="
				+ " excluded.status_summary");
		profile("WS", "<p>Samoa in English only.</p>");

		this.mvc.perform(get("/fr/countries/pw")).andExpect(status().isOk()).andExpect(page((html) -> {
			assertThat(html.select(".profile-section .prose").text()).isEqualTo("Palau en français.");
			assertThat(html.select(".profile-section .prose").hasAttr("lang")).isFalse();
			assertThat(html.select(".language-fallback")).isEmpty();
		}));
		this.mvc.perform(get("/fr/countries/ws")).andExpect(status().isOk()).andExpect(page((html) -> {
			assertThat(html.select(".profile-section .prose[lang=en]").text()).isEqualTo("Samoa in English only.");
			assertThat(html.select(".language-fallback").text()).isEqualTo(NOTICE_FR);
		}));
		this.mvc.perform(get("/countries/pw"))
			.andExpect(page((html) -> assertThat(html.select(".profile-section .prose").text())
				.isEqualTo("Palau in English.")));
		this.mvc.perform(get("/api/countries/pw").param("lang", "fr"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.profile.language").value("fr"))
			.andExpect(jsonPath("$.profile.statusSummary").value("<p>Palau en français.</p>"))
			.andExpect(jsonPath("$.country.url").value("/fr/countries/pw"));
		this.mvc.perform(get("/api/countries/ws").param("lang", "fr"))
			.andExpect(jsonPath("$.profile.language").value("en"));
	}

	@Test
	void theApiGivesTheLanguageAskedForAndRefusesOneTheSiteHasNot() throws Exception {
		this.mvc.perform(get("/api/treaties/" + this.translated.getNumber()).param("lang", "fr"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.language").value("fr"))
			.andExpect(jsonPath("$.title").value("Traité traduit (titre complet)"))
			.andExpect(jsonPath("$.url").value("/fr/treaties/" + this.translated.getNumber()));
		this.mvc.perform(get("/api/treaties/" + this.translated.getNumber()))
			.andExpect(jsonPath("$.language").value("en"))
			.andExpect(jsonPath("$.title").value("Translated treaty (full title)"));
		this.mvc.perform(get("/api/treaties/" + this.englishOnly.getNumber()).param("lang", "fr"))
			.andExpect(jsonPath("$.language").value("en"))
			.andExpect(jsonPath("$.title").value("English-only treaty (full title)"));
		this.mvc.perform(get("/api/treaties/" + this.translated.getNumber()).param("lang", "de"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.error", containsString("lang must be one of en, fr")));
		this.mvc.perform(get("/api/countries").param("lang", "xx")).andExpect(status().isBadRequest());
	}

	private void profile(String code, String statusSummary) {
		this.jdbc.update("insert into country_profile (country_id, status_summary) select id, ? from country"
				+ " where code = ? on conflict (country_id) do update set status_summary = excluded.status_summary",
				statusSummary, code);
	}

}
