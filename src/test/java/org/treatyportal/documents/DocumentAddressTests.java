package org.treatyportal.documents;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import org.treatyportal.support.PortalIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.treatyportal.support.Html.page;

/**
 * A document answers at its own slug and at each translation's, found by two lookups (its
 * own slug, then a translation's), also where one language's slug is another document's
 * in another.
 */
@PortalIntegrationTest
class DocumentAddressTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void eachVersionAnswersAtItsOwnSlugWhereOneLanguagesSlugIsAnotherDocumentsInAnother() throws Exception {
		String key = UUID.randomUUID().toString().substring(0, 8);
		String shared = "address-shared-" + key;
		long translated = document("address-original-" + key, "Address guide");
		this.jdbc.update("insert into document_translation (document_id, language, slug, title, based_on, updated_at)"
				+ " values (?, 'fr', ?, 'Guide des adresses', 'x', now())", translated, shared);
		long other = document(shared, "Shared address report");
		this.jdbc.update("insert into document_translation (document_id, language, slug, title, based_on, updated_at)"
				+ " values (?, 'fr', ?, 'Rapport partagé', 'x', now())", other, "rapport-partage-" + key);

		this.mvc.perform(get("/fr/documents/" + shared))
			.andExpect(status().isOk())
			.andExpect(page((html) -> assertThat(html.select("h1").text()).isEqualTo("Guide des adresses")));
		this.mvc.perform(get("/documents/" + shared))
			.andExpect(status().isOk())
			.andExpect(page((html) -> assertThat(html.select("h1").text()).isEqualTo("Shared address report")));
		this.mvc.perform(get("/documents/address-original-" + key))
			.andExpect(status().isOk())
			.andExpect(page((html) -> assertThat(html.select("h1").text()).isEqualTo("Address guide")));
		this.mvc.perform(get("/fr/documents/address-original-" + key))
			.andExpect(status().isMovedPermanently())
			.andExpect(header().string("Location", "/fr/documents/" + shared));
		this.mvc.perform(get("/fr/documents/rapport-partage-" + key))
			.andExpect(status().isOk())
			.andExpect(page((html) -> assertThat(html.select("h1").text()).isEqualTo("Rapport partagé")));
	}

	@Test
	void aTranslationsSlugOfAWithdrawnDocumentIsNotFound() throws Exception {
		String key = UUID.randomUUID().toString().substring(0, 8);
		long withdrawn = document("address-withdrawn-" + key, "Withdrawn guide");
		this.jdbc.update("insert into document_translation (document_id, language, slug, title, based_on, updated_at)"
				+ " values (?, 'fr', ?, 'Guide retiré', 'x', now())", withdrawn, "guide-retire-" + key);
		this.jdbc.update("update document set state = 'WITHDRAWN' where id = ?", withdrawn);

		this.mvc.perform(get("/fr/documents/guide-retire-" + key)).andExpect(status().is4xxClientError());
	}

	private long document(String slug, String title) {
		return this.jdbc.queryForObject("insert into document (slug, title, state, publish_at, first_published_at,"
				+ " document_type) values (?, ?, 'PUBLISHED', '2020-01-01T00:00:00Z', '2020-01-01T00:00:00Z',"
				+ " 'REPORT') returning id", Long.class, slug, title);
	}

}
