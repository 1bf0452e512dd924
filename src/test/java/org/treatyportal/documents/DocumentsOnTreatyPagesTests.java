package org.treatyportal.documents;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import org.treatyportal.support.PortalIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.treatyportal.support.Html.page;

/**
 * A treaty's page lists its texts in every language from the document library, and its
 * other documents as related ones.
 */
@PortalIntegrationTest
class DocumentsOnTreatyPagesTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void treatyPageListsTextsByLanguageAndRelatedDocuments() throws Exception {
		this.jdbc.update("insert into treaty (series, number, title, short_title) values ('CETS', 86001,"
				+ " 'Texts test convention', 'Texts test') on conflict (number) do nothing");
		long text = document("texts-test-text", "Texts test: the text", "TREATY_TEXT");
		file(text, "fr", true);
		file(text, "en", true);
		document("texts-test-report", "Texts test: a report", "REPORT");

		this.mvc.perform(get("/treaties/86001")).andExpect(status().isOk()).andExpect(page((html) -> {
			assertThat(html.text()).contains("Text of the treaty: English", "Text of the treaty: French")
				.doesNotContain("??");
			assertThat(html.select("a[href=/documents/texts-test-text/fr]")).isNotEmpty();
			assertThat(html.select("a[href=/documents/texts-test-report]").text()).isEqualTo("Texts test: a report");
		}));
	}

	@Test
	void documentPageNamesItsTreatyByTitleAndListsAuthenticTextsFirstThenTranslationsByName() throws Exception {
		this.jdbc.update("insert into treaty (series, number, title, short_title) values ('CETS', 86001,"
				+ " 'Texts test convention', 'Texts test') on conflict (number) do nothing");
		this.jdbc.update("insert into treaty_translation (treaty_id, language, title, short_title, based_on,"
				+ " updated_at) select id, 'fr', 'Convention du test des textes', 'Test des textes', '', now()"
				+ " from treaty where number = 86001 on conflict do nothing");
		long text = document("languages-test-text", "Languages test: the text", "TREATY_TEXT");
		for (String language : List.of("pt-PT", "id", "fr", "ar", "en", "pt-BR")) {
			file(text, language, language.equals("fr") || language.equals("en"));
		}
		this.mvc.perform(get("/documents/languages-test-text")).andExpect(page((html) -> {
			assertThat(html.select(".document-languages th a").eachText()).containsExactly("English", "French",
					"Arabic", "Indonesian", "Portuguese (Brazil)", "Portuguese (Portugal)");
			assertThat(html.select(".event-facts a[href=/treaties/86001]").text()).isEqualTo("Texts test convention");
			assertThat(html.text()).doesNotContain("Treaty no.");
		}));
		this.mvc.perform(get("/fr/documents/languages-test-text")).andExpect(page((html) -> {
			assertThat(html.select(".document-languages th a").eachText()).containsExactly("Anglais", "Français",
					"Arabe", "Indonésien", "Portugais (Brésil)", "Portugais (Portugal)");
			assertThat(html.select(".event-facts a[href=/fr/treaties/86001]").text())
				.isEqualTo("Convention du test des textes");
		}));
	}

	private long document(String slug, String title, String type) {
		return this.jdbc.queryForObject("insert into document (slug, title, state, publish_at, first_published_at,"
				+ " document_type, treaty_number) values (?, ?, 'PUBLISHED', '2020-01-01T00:00:00Z',"
				+ " '2020-01-01T00:00:00Z', ?, 86001) returning id", Long.class, slug, title, type);
	}

	private void file(long document, String language, boolean authentic) {
		long file = this.jdbc
			.queryForObject("insert into stored_file (content, size, sha256, content_type, original_name)"
					+ " values ('x', 1, repeat('b', 64), 'application/pdf', 't.pdf') returning id", Long.class);
		this.jdbc.update("insert into document_file (document_id, language, authentic, file_id, version, current,"
				+ " uploaded_at) values (?, ?, ?, ?, 1, true, now())", document, language, authentic, file);
	}

}
