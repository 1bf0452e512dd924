package org.treatyportal.treaties;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import org.treatyportal.support.PortalIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What the home page, the treaty pages and the country list share is read once per
 * content generation ({@link ShownTreaties}, the country names), and never kept across a
 * change: a ratification, a country renamed or a treaty edited shows on the very next
 * request of every page that shows it, in English and in French.
 */
@PortalIntegrationTest
class ShownTreatiesTests {

	@Autowired
	private MockMvc mvc;

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

	@BeforeEach
	void createTreaty() {
		this.treaties = new TestTreaties(this.treatyRepository, this.partyRepository, this.statementRepository);
		this.treaty = this.treaties.treaty("Bilby Convention");
	}

	@AfterEach
	void deleteTreatyAndRestoreNames() {
		this.jdbc.update("delete from treaty_party where treaty_id = ?", this.treaty.getId());
		this.jdbc.update("delete from treaty where id = ?", this.treaty.getId());
		this.jdbc.update("update country set name = 'New Zealand' where code = 'NZ' and name <> 'New Zealand'");
		this.jdbc.update("update country_name set name = 'Nouvelle-Zélande' where language = 'fr'"
				+ " and country_id = (select id from country where code = 'NZ') and name <> 'Nouvelle-Zélande'");
	}

	@Test
	void aRatificationShowsOnTheNextRequestOfEveryPageInBothLanguages() throws Exception {
		for (String language : new String[] { "", "/fr" }) {
			assertThat(shape(language, "NZ")).contains("status-none");
			assertThat(glance(language)).doesNotContain("1");
		}

		this.treaties.acceded(this.treaty, "NZ", "2010-05-10");

		assertThat(shape("", "NZ")).contains("status-party");
		assertThat(shape("/fr", "NZ")).contains("status-party");
		assertThat(page("/countries?treaty=" + number()).select("svg use[data-iso=NZ] title").text())
			.isEqualTo("New Zealand: Ratified");
		assertThat(page("/fr/countries?treaty=" + number()).select("svg use[data-iso=NZ] title").text())
			.isEqualTo("Nouvelle-Zélande : Ratifié");
		assertThat(glance("/fr")).isEqualTo("1 ratification ou adhésion, aucune autre signature");
		assertThat(glance("")).isEqualTo("1 ratification or accession, no further signature");
		assertThat(latest("/fr")).contains("Nouvelle-Zélande");
		assertThat(latest("")).contains("New Zealand");
	}

	@Test
	void aCountryRenamedShowsOnTheNextRequestInBothLanguages() throws Exception {
		this.treaties.acceded(this.treaty, "NZ", "2010-05-10");
		assertThat(chartName("", "NZ")).isEqualTo("New Zealand");
		assertThat(chartName("/fr", "NZ")).isEqualTo("Nouvelle-Zélande");
		assertThat(listName("", "NZ")).isEqualTo("New Zealand");
		assertThat(listName("/fr", "NZ")).isEqualTo("Nouvelle-Zélande");

		this.jdbc.update("update country set name = 'Aotearoa New Zealand' where code = 'NZ'");

		assertThat(chartName("", "NZ")).isEqualTo("Aotearoa New Zealand");
		assertThat(listName("", "NZ")).isEqualTo("Aotearoa New Zealand");
		assertThat(chartName("/fr", "NZ")).isEqualTo("Nouvelle-Zélande");

		this.jdbc.update("update country_name set name = 'Aotearoa Nouvelle-Zélande' where language = 'fr'"
				+ " and country_id = (select id from country where code = 'NZ')");

		assertThat(chartName("/fr", "NZ")).isEqualTo("Aotearoa Nouvelle-Zélande");
		assertThat(listName("/fr", "NZ")).isEqualTo("Aotearoa Nouvelle-Zélande");
		assertThat(chartName("", "NZ")).isEqualTo("Aotearoa New Zealand");
	}

	@Test
	void aTreatyEditedShowsOnTheNextRequestInBothLanguages() throws Exception {
		for (String language : new String[] { "", "/fr" }) {
			assertThat(chartTitle(language)).contains("Bilby Convention");
			assertThat(listOption(language)).contains("Bilby Convention");
		}

		this.jdbc.update("update treaty set short_title = 'Bilby Treaty' where id = ?", this.treaty.getId());

		assertThat(chartTitle("")).contains("Bilby Treaty").doesNotContain("Bilby Convention");
		assertThat(listOption("")).contains("Bilby Treaty");
		assertThat(page("/").select("li[data-treaty=" + number() + "] a").text()).contains("Bilby Treaty");
		// No French version yet: the French pages fall back to the English title.
		assertThat(chartTitle("/fr")).contains("Bilby Treaty");

		this.jdbc.update("insert into treaty_translation (treaty_id, language, title, short_title, based_on,"
				+ " updated_at) values (?, 'fr', 'Convention sur les bilbis (titre complet)',"
				+ " 'Convention sur les bilbis', 'Bilby Treaty', now())", this.treaty.getId());

		assertThat(chartTitle("/fr")).contains("Convention sur les bilbis").doesNotContain("Bilby");
		assertThat(listOption("/fr")).contains("Convention sur les bilbis");
		assertThat(page("/fr/").select("li[data-treaty=" + number() + "] a").text())
			.contains("Convention sur les bilbis");
		assertThat(chartTitle("")).contains("Bilby Treaty");
	}

	@Test
	void whatPagesShareIsReadOncePerGeneration() throws Exception {
		this.treaties.acceded(this.treaty, "NZ", "2010-05-10");
		assertThat(listName("", "NZ")).isEqualTo("New Zealand");

		behindTheCachesBack("update country set name = 'Bilbyland' where code = 'NZ'");
		// A page not rendered yet in this generation still takes the names it read.
		assertThat(page("/countries?treaty=" + number() + "&status=party").select("tr[data-iso=NZ] th").text())
			.isEqualTo("New Zealand");

		this.jdbc.update("update content_generation set value = value + 1");
		assertThat(page("/countries?treaty=" + number() + "&status=party&again").select("tr[data-iso=NZ] th").text())
			.isEqualTo("Bilbyland");
	}

	private int number() {
		return this.treaty.getNumber();
	}

	private String shape(String language, String code) throws Exception {
		return page(language + "/countries?treaty=" + number()).select("svg use[data-iso=" + code + "]").attr("class");
	}

	private String glance(String language) throws Exception {
		return page(language + "/").select("li[data-treaty=" + number() + "] .treaty-glance__totals").text();
	}

	private String latest(String language) throws Exception {
		return page(language + "/").select("li[data-treaty=" + number() + "] .treaty-glance__latest").text();
	}

	private String chartName(String language, String code) throws Exception {
		return page(language + "/treaties/" + number() + "/chart").select("tr[data-iso=" + code + "] th").text();
	}

	private String listName(String language, String code) throws Exception {
		return page(language + "/countries?treaty=" + number()).select("tr[data-iso=" + code + "] th").text();
	}

	private String chartTitle(String language) throws Exception {
		return page(language + "/treaties/" + number() + "/chart").title();
	}

	private String listOption(String language) throws Exception {
		return page(language + "/countries").select("#treaty option[value=" + number() + "]").text();
	}

	private Document page(String path) throws Exception {
		String html = this.mvc.perform(get(path))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return Jsoup.parse(html);
	}

	/** Changes a row with the triggers off: no cache can know of it. */
	private void behindTheCachesBack(String sql) {
		this.jdbc.execute((ConnectionCallback<Integer>) (connection) -> {
			try (var statement = connection.createStatement()) {
				statement.execute("set session_replication_role = replica");
				statement.execute(sql);
				statement.execute("set session_replication_role = origin");
			}
			return 0;
		});
	}

}
