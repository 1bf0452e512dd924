package org.treatyportal.demo;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import org.treatyportal.support.PortalIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo documents: small real PDFs in the languages of the seed page, linked to their
 * treaties, events and countries, with their text read; loading again changes nothing.
 */
@PortalIntegrationTest
class DemoDocumentsTests {

	@Autowired
	private DemoDocuments demo;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void demoDocumentsLoadOnceWithTheirLanguagesAndText() {
		this.demo.load();
		Map<String, Object> first = counts();

		assertThat(this.demo.load()).isZero();

		assertThat(counts()).isEqualTo(first);
		assertThat(
				this.jdbc.queryForList(
						"select f.language from document_file f join document d on d.id = f.document_id"
								+ " where d.slug = 'convention-on-cybercrime' and f.current order by f.language",
						String.class))
			.containsExactly("ar", "en", "fr", "id");
		assertThat(this.jdbc.queryForObject("select treaty_number from document where slug = ?", Integer.class,
				"additional-protocol-on-xenophobia-and-racism"))
			.isEqualTo(189);
		assertThat(
				this.jdbc.queryForList(
						"select c.country_code from document_country c join document d"
								+ " on d.id = c.document_id where d.slug = 'cairo-declaration-on-cybercrime'",
						String.class))
			.containsExactly("EG");
		List<Map<String, Object>> texts = this.jdbc.queryForList(
				"select f.extracted_text, f.extraction_note"
						+ " from document_file f join document d on d.id = f.document_id where d.slug = ?",
				"project-on-cybercrime-third-progress-report");
		assertThat(texts).singleElement().satisfies((row) -> {
			assertThat((String) row.get("extracted_text")).contains("Project on Cybercrime: third progress report",
					"placeholder");
			assertThat(row.get("extraction_note")).isNull();
		});
		assertThat(this.jdbc.queryForObject("select count(*) from document where slug like '%-programme'"
				+ " and document_type = 'PROGRAMME' and state = 'PUBLISHED'", Integer.class))
			.isEqualTo(3);
	}

	private Map<String, Object> counts() {
		return this.jdbc.queryForMap("select (select count(*) from document) as documents,"
				+ " (select count(*) from document_file) as files, (select count(*) from stored_file) as stored");
	}

}
