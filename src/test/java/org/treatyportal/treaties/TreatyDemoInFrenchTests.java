package org.treatyportal.treaties;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.datasource.init.ScriptUtils;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import org.treatyportal.support.PortalIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.treatyportal.support.Html.page;

/**
 * The demo treaties and profiles in French: the official French titles, translations the
 * demo marks as following their original (the SQL fingerprint is the one the code
 * computes), and profiles left in English that French pages show with a notice. The demo
 * content is loaded in the test's transaction, which is rolled back.
 */
@PortalIntegrationTest
@Transactional
class TreatyDemoInFrenchTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private DataSource dataSource;

	@Autowired
	private TreatyRepository treaties;

	@BeforeEach
	void loadDemoContent() {
		for (String script : new String[] { "demo/R__demo_treaties.sql", "demo/R__demo_countries.sql" }) {
			ScriptUtils.executeSqlScript(DataSourceUtils.getConnection(this.dataSource), new ClassPathResource(script));
		}
	}

	@Test
	void bothTreatiesHaveTheirOfficialFrenchTitlesUpToDate() throws Exception {
		Treaty convention = this.treaties.findByNumber(185).orElseThrow();
		Treaty protocol = this.treaties.findByNumber(189).orElseThrow();
		assertThat(convention.in("fr").title()).isEqualTo("Convention sur la cybercriminalité");
		assertThat(protocol.in("fr").title()).isEqualTo("Protocole additionnel à la Convention sur la"
				+ " cybercriminalité, relatif à l'incrimination d'actes de nature raciste et xénophobe commis par le"
				+ " biais de systèmes informatiques");
		assertThat(convention.isOutOfDate("fr")).isFalse();
		assertThat(protocol.isOutOfDate("fr")).isFalse();

		this.mvc.perform(get("/fr/treaties/185")).andExpect(status().isOk()).andExpect(page((html) -> {
			assertThat(html.select("h1").text()).isEqualTo("Convention sur la cybercriminalité");
			assertThat(html.select(".prose").text()).contains("premier traité international");
			assertThat(html.select(".language-fallback")).isEmpty();
		}));
	}

	@Test
	void someProfilesAreInFrenchAndTheOthersShowTheEnglishWithANotice() throws Exception {
		this.mvc.perform(get("/fr/countries/ee")).andExpect(status().isOk()).andExpect(page((html) -> {
			assertThat(html.select(".profile-section .prose").first().text()).startsWith("L’Estonie a signé");
			assertThat(html.select(".language-fallback")).isEmpty();
		}));
		this.mvc.perform(get("/fr/countries/tr")).andExpect(status().isOk()).andExpect(page((html) -> {
			assertThat(html.select(".profile-section .prose[lang=en]").first().text()).startsWith("Turkey");
			assertThat(html.select(".language-fallback")).hasSize(1);
		}));
	}

}
