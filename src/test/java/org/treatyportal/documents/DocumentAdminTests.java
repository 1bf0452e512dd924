package org.treatyportal.documents;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import org.treatyportal.publishing.LanguageText;
import org.treatyportal.support.AdminForms;
import org.treatyportal.support.EditorTestSupport;
import org.treatyportal.support.MutableClock;
import org.treatyportal.support.PortalIntegrationTest;
import org.treatyportal.users.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.treatyportal.support.Html.page;
import static org.treatyportal.users.TestUsers.as;

/**
 * Editors building the document library: several language files in one save, checked by
 * their bytes before anything is saved; replacing a language's file without changing its
 * address, older versions kept for editors; removing a language after a confirmation;
 * searching and filtering the list.
 */
@PortalIntegrationTest
class DocumentAdminTests {

	private static final Instant NOW = Instant.parse("2034-02-01T09:00:00Z");

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestUsers users;

	@Autowired
	private DocumentRepository documents;

	@Autowired
	private MutableClock clock;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private org.springframework.transaction.support.TransactionTemplate transaction;

	@Test
	void editorPublishesADocumentWithSeveralLanguagesAtOnce() throws Exception {
		RequestPostProcessor editor = as(this.users.editor());

		long id = EditorTestSupport.idFrom(this.mvc
			.perform(form(editor, "Programme 7701", "PROGRAMME")
				.file(pdf(0, "programme-en.pdf", TestPdfs.withText("Programme of the workshop")))
				.param("files[0].language", "en")
				.param("files[0].authentic", "true")
				.file(pdf(1, "programme-fr.pdf", TestPdfs.withText("Programme de l'atelier")))
				.param("files[1].language", "fr")
				.param("treatyNumber", "185")
				.param("countries", "CO", "TT")
				.param("action", "publish"))
			.andExpect(status().isFound())
			.andExpect(flash().attribute("success", "editorial.saved.PUBLISHED"))
			.andReturn());

		List<Map<String, Object>> files = this.jdbc.queryForList(
				"select language, authentic, version, current,"
						+ " extracted_text, extraction_note from document_file where document_id = ? order by language",
				id);
		assertThat(files).extracting((row) -> row.get("language")).containsExactly("en", "fr");
		assertThat(files).extracting((row) -> row.get("authentic")).containsExactly(true, false);
		assertThat(files).allSatisfy((row) -> assertThat(row.get("version")).isEqualTo(1));
		assertThat((String) files.get(0).get("extracted_text")).contains("Programme of the workshop");
		assertThat(files.get(0).get("extraction_note")).isNull();
		this.mvc.perform(get("/documents/programme-7701")).andExpect(status().isOk()).andExpect(page((html) -> {
			assertThat(html.select(".document-languages th a").eachText()).containsExactly("English", "French");
			assertThat(html.select(".document-languages th a").eachAttr("href"))
				.containsExactly("/documents/programme-7701/en", "/documents/programme-7701/fr");
			assertThat(html.select(".document-languages tbody td").eachText()).contains("PDF", "Authentic",
					"Unofficial translation");
			assertThat(html.select(".event-facts a[href=/treaties/185]").text()).isEqualTo("Treaty no. 185");
			// The name of the site's country list, which the country profile shows too.
			assertThat(html.select(".event-facts .tag-list a").eachText()).containsExactly("Colombia",
					"Trinidad and Tobago");
		}));
		assertThat(this.jdbc.queryForList("select details from audit_entry where item_type = 'documents'"
				+ " and item_id = ? and action = 'UPLOAD' order by id", String.class, id))
			.containsExactly("en: programme-en.pdf (version 1)", "fr: programme-fr.pdf (version 1)");
	}

	@Test
	void refusedFileIsExplainedOnItsRowWithEverythingElseKeptAndNothingSaved() throws Exception {
		RequestPostProcessor editor = as(this.users.editor());
		int storedBefore = count("select count(*) from stored_file");

		this.mvc
			.perform(form(editor, "Refused 7702", "REPORT").file(pdf(0, "good.pdf", TestPdfs.withText("Good")))
				.param("files[0].language", "en")
				.file(new MockMultipartFile("files[1].file", "report.pdf", "application/pdf",
						"<html><script>alert(1)</script></html>".getBytes()))
				.param("files[1].language", "fr")
				.param("files[1].authentic", "true")
				.param("summary", "My description")
				.param("treatyNumber", "189")
				.param("documentDate", "2034-01-15"))
			.andExpect(status().isOk())
			.andExpect(page((html) -> {
				assertThat(html.select("#files1-file-error").text()).contains("cannot be uploaded here");
				assertThat(html.select("#files0-file-error")).isEmpty();
				assertThat(html.select("#title").val()).isEqualTo("Refused 7702");
				assertThat(html.select("textarea[name=summary]").text()).isEqualTo("My description");
				assertThat(html.select("#treatyNumber").val()).isEqualTo("189");
				assertThat(html.select("#documentDate").val()).isEqualTo("2034-01-15");
				assertThat(html.select("#documentType option[selected]").val()).isEqualTo("REPORT");
				assertThat(html.select("select[name=files[1].language] option[selected]").val()).isEqualTo("fr");
				assertThat(html.select("input[name=files[1].authentic]").hasAttr("checked")).isTrue();
			}));
		assertThat(count("select count(*) from document where title = 'Refused 7702'")).isZero();
		assertThat(count("select count(*) from stored_file")).isEqualTo(storedBefore);

		this.mvc
			.perform(form(editor, "Empty 7702", "REPORT").file(pdf(0, "empty.pdf", new byte[0]))
				.param("files[0].language", "en"))
			.andExpect(page((html) -> assertThat(html.select("#files0-file-error").text()).contains("empty")));
	}

	@Test
	void languagesMustBeRealAndOncePerSave() throws Exception {
		RequestPostProcessor editor = as(this.users.editor());

		this.mvc
			.perform(form(editor, "Languages 7703", "OTHER").file(pdf(0, "a.pdf", TestPdfs.withText("A")))
				.file(pdf(1, "b.pdf", TestPdfs.withText("B")))
				.param("files[1].language", "zz-!!")
				.file(pdf(2, "c.pdf", TestPdfs.withText("C")))
				.param("files[2].language", "de")
				.file(pdf(3, "d.pdf", TestPdfs.withText("D")))
				.param("files[3].language", "DE")
				.param("countries", "ZZ"))
			.andExpect(status().isOk())
			.andExpect(page((html) -> {
				assertThat(html.select("#files0-language-error").text()).contains("Choose the language");
				assertThat(html.select("#files1-language-error").text()).contains("not one the site knows");
				assertThat(html.select("#files2-language-error")).isEmpty();
				assertThat(html.select("#files3-language-error").text()).contains("Two files for German");
				assertThat(html.select("#countries-error").text()).contains("ZZ");
			}));
		assertThat(count("select count(*) from document where title = 'Languages 7703'")).isZero();
		this.mvc.perform(multipart("/admin/documents").param("title", "No type 7703").with(editor).with(csrf()))
			.andExpect(page((html) -> assertThat(html.select("#documentType-error").text())
				.isEqualTo("Choose what kind of document it is.")));
	}

	@Test
	void replacingAFileKeepsItsAddressAndTheOlderVersionForEditorsOnly() throws Exception {
		this.clock.setInstant(NOW);
		RequestPostProcessor editor = as(this.users.editor());
		byte[] first = TestPdfs.withText("Convention, first French text");
		byte[] second = TestPdfs.withText("Convention, corrected French text");
		long id = EditorTestSupport.idFrom(
				this.mvc
					.perform(form(editor, "Convention 7704", "TREATY_TEXT").file(pdf(0, "convention-fr.pdf", first))
						.param("files[0].language", "fr")
						.param("files[0].authentic", "true")
						.param("action", "publish"))
					.andReturn());
		String firstTag = this.mvc.perform(get("/documents/convention-7704/fr"))
			.andExpect(content().bytes(first))
			.andReturn()
			.getResponse()
			.getHeader("ETag");

		this.mvc.perform(get("/admin/documents/" + id).with(editor)).andExpect(page((html) -> {
			assertThat(html.select("input[type=hidden][name=files[0].language]").val()).isEqualTo("fr");
			assertThat(html.select("input[type=hidden][name=files[0].existing]").val()).isEqualTo("true");
			assertThat(html.select("input[type=file][name=files[0].file]")).hasSize(1);
			assertThat(html.select("label[for=files0.file]").text()).isEqualTo("Replace with a new version");
			assertThat(html.select("select[name=files[1].language]")).hasSize(1);
			assertThat(html.select("fieldset.attachments-field")).isEmpty();
		}));
		this.clock.setInstant(NOW.plusSeconds(3600));
		this.mvc
			.perform(edit(editor, id, "Convention 7704", "TREATY_TEXT").param("files[0].language", "fr")
				.param("files[0].existing", "true")
				.param("files[0].authentic", "true")
				.file(pdf(0, "convention-fr-corrected.pdf", second)))
			.andExpect(status().isFound());

		this.mvc.perform(get("/documents/convention-7704/fr"))
			.andExpect(status().isOk())
			.andExpect(content().bytes(second))
			.andExpect(header().string("ETag", org.hamcrest.Matchers.not(firstTag)))
			.andExpect(header().string("Cache-Control", "public, no-cache"));
		this.mvc.perform(get("/documents/convention-7704/fr").header("If-None-Match", firstTag))
			.andExpect(status().isOk());
		List<Map<String, Object>> versions = this.jdbc
			.queryForList("select id, version, current from document_file where document_id = ? order by version", id);
		assertThat(versions).extracting((row) -> row.get("current")).containsExactly(false, true);
		long older = ((Number) versions.get(0).get("id")).longValue();
		this.mvc.perform(get("/admin/documents/" + id + "/files/" + older).with(editor))
			.andExpect(status().isOk())
			.andExpect(content().bytes(first))
			.andExpect(header().string("Cache-Control", containsString("no-store")));
		this.mvc.perform(get("/admin/documents/" + id + "/files/" + older)).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/admin/documents/999999999/files/" + older).with(editor))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/admin/documents/" + id).with(editor)).andExpect(page((html) -> {
			assertThat(html.select(".language-row--existing .attachment-list a").eachText())
				.containsExactly("convention-fr-corrected.pdf", "convention-fr.pdf");
			assertThat(html.select(".language-row__older").text()).contains("version 1");
		}));
		this.mvc.perform(get("/admin/documents/" + id + "/revisions").with(editor))
			.andExpect(page((html) -> assertThat(html.select(".diff").text()).contains("convention-fr-corrected.pdf")));
	}

	@Test
	void authenticMarkChangesWithoutANewVersion() throws Exception {
		RequestPostProcessor editor = as(this.users.editor());
		long id = EditorTestSupport.idFrom(
				this.mvc
					.perform(form(editor, "Marked 7705", "REPORT").file(pdf(0, "m.pdf", TestPdfs.withText("Marked")))
						.param("files[0].language", "es"))
					.andReturn());

		this.mvc
			.perform(edit(editor, id, "Marked 7705", "REPORT").param("files[0].language", "es")
				.param("files[0].existing", "true")
				.param("files[0].authentic", "true"))
			.andExpect(status().isFound());

		assertThat(
				this.jdbc.queryForList("select authentic from document_file where document_id = ?", Boolean.class, id))
			.containsExactly(true);
	}

	@Test
	void removingALanguageAsksFirstThenDeletesEveryVersion() throws Exception {
		RequestPostProcessor editor = as(this.users.editor());
		long id = EditorTestSupport.idFrom(
				this.mvc
					.perform(form(editor, "Two languages 7706", "REPORT").param("action", "publish")
						.file(pdf(0, "en.pdf", TestPdfs.withText("English")))
						.param("files[0].language", "en")
						.file(pdf(1, "ar.pdf", TestPdfs.withText("Arabic")))
						.param("files[1].language", "ar"))
					.andReturn());
		this.mvc.perform(edit(editor, id, "Two languages 7706", "REPORT").param("files[0].language", "ar")
			.param("files[0].existing", "true")
			.file(pdf(0, "ar-2.pdf", TestPdfs.withText("Arabic again"))));
		List<Long> arabicFiles = this.jdbc.queryForList(
				"select file_id from document_file where document_id = ? and language = 'ar'", Long.class, id);
		assertThat(arabicFiles).hasSize(2);

		this.mvc.perform(get("/admin/documents/" + id + "/languages/ar/remove").with(editor))
			.andExpect(status().isOk())
			.andExpect(page((html) -> {
				assertThat(html.select("h1").text()).isEqualTo("Remove the Arabic (العربية) file?");
				assertThat(html.select("main").text()).contains("all its versions (2)");
			}));
		this.mvc.perform(
				post("/admin/documents/" + id + "/languages/ar/remove").with(editor).with(csrf()).param("version", "0"))
			.andExpect(flash().attribute("failure", "editorial.staleAction"));
		this.mvc
			.perform(post("/admin/documents/" + id + "/languages/ar/remove").with(editor)
				.with(csrf())
				.param("version", String.valueOf(EditorTestSupport.version(this.documents, id))))
			.andExpect(redirectedUrl("/admin/documents/" + id))
			.andExpect(flash().attribute("success", "documents.language.removed"));

		this.mvc.perform(get("/documents/two-languages-7706/ar")).andExpect(status().isNotFound());
		this.mvc.perform(get("/documents/two-languages-7706/en")).andExpect(status().isOk());
		assertThat(count("select count(*) from stored_file where id in (" + arabicFiles.get(0) + ", "
				+ arabicFiles.get(1) + ")"))
			.isZero();
		assertThat(this.jdbc
			.queryForList("select note from revision where content_type = 'documents'"
					+ " and content_id = ? order by number desc", String.class, id)
			.get(0)).contains("Arabic");
		this.mvc.perform(get("/admin/documents/" + id + "/languages/ar/remove").with(editor))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/admin/documents/" + id + "/languages/zz-!!/remove").with(editor))
			.andExpect(status().isNotFound());
	}

	@Test
	void encryptedAndBrokenPdfsAreStoredWithANote() throws Exception {
		RequestPostProcessor editor = as(this.users.editor());

		long id = EditorTestSupport.idFrom(this.mvc
			.perform(form(editor, "Unreadable 7707", "OTHER").file(pdf(0, "locked.pdf", TestPdfs.encrypted("Secret")))
				.param("files[0].language", "en")
				.file(pdf(1, "broken.pdf", TestPdfs.broken()))
				.param("files[1].language", "fr")
				.file(pdf(2, "blank.pdf", TestPdfs.blank()))
				.param("files[2].language", "es"))
			.andExpect(status().isFound())
			.andReturn());

		assertThat(
				this.jdbc.queryForList(
						"select language || ':' || extraction_note from document_file"
								+ " where document_id = ? and extracted_text is null order by language",
						String.class, id))
			.containsExactly("en:ENCRYPTED", "es:NO_TEXT", "fr:DAMAGED");
		this.mvc.perform(get("/admin/documents/" + id).with(editor))
			.andExpect(page((html) -> assertThat(html.select(".language-row__text").eachText()).contains(
					"Text not extracted: the PDF is encrypted", "Text not extracted: the PDF could not be read",
					"No text found (scanned pages?)")));
	}

	@Test
	void listSearchesTitlesAndFiltersByTypeLanguageAndWordsOfTheFiles() throws Exception {
		RequestPostProcessor editor = as(this.users.editor());
		this.mvc.perform(form(editor, "Filtered guidelines 7708", "GUIDELINES")
			.file(pdf(0, "g.pdf", TestPdfs.withText("Cooperation with service providers zebra7708")))
			.param("files[0].language", "it"));
		this.mvc.perform(
				form(editor, "Filtered report 7708", "REPORT").file(pdf(0, "r.pdf", TestPdfs.withText("Another text")))
					.param("files[0].language", "it"));

		assertThat(
				titles(get("/admin/documents").param("q", "filtered").param("documentType", "GUIDELINES").with(editor)))
			.containsExactly("Filtered guidelines 7708");
		assertThat(titles(get("/admin/documents").param("q", "7708").param("language", "it").with(editor)))
			.containsExactlyInAnyOrder("Filtered guidelines 7708", "Filtered report 7708");
		assertThat(titles(get("/admin/documents").param("text", "ZEBRA7708").with(editor)))
			.containsExactly("Filtered guidelines 7708");
		assertThat(titles(get("/admin/documents").param("q", "7708")
			.param("documentType", "NOT_A_TYPE")
			.param("language", "zz-!!")
			.with(editor))).hasSize(2);
		this.mvc.perform(get("/admin/documents").param("text", "zebra7708").with(editor))
			.andExpect(page((html) -> assertThat(html.select("#text").val()).isEqualTo("zebra7708")));
	}

	@Test
	void deletingADraftDeletesItsFiles() throws Exception {
		RequestPostProcessor editor = as(this.users.editor());
		long id = EditorTestSupport
			.idFrom(this.mvc
				.perform(form(editor, "Short-lived 7709", "OTHER").file(pdf(0, "s.pdf", TestPdfs.withText("Soon gone")))
					.param("files[0].language", "en"))
				.andReturn());
		long fileId = this.jdbc.queryForObject("select file_id from document_file where document_id = ?", Long.class,
				id);

		this.mvc.perform(post("/admin/documents/" + id + "/delete").with(editor).with(csrf()))
			.andExpect(redirectedUrl("/admin/documents"));

		assertThat(count("select count(*) from document_file where document_id = " + id)).isZero();
		assertThat(count("select count(*) from stored_file where id = " + fileId)).isZero();
	}

	@Test
	void documentsTitleAndDescriptionAreWrittenInFrenchThroughTheSameForm() throws Exception {
		RequestPostProcessor editor = as(this.users.editor());
		long id = EditorTestSupport
			.idFrom(this.mvc
				.perform(form(editor, "Report 7790", "REPORT").file(pdf(0, "report.pdf", TestPdfs.withText("Report")))
					.param("files[0].language", "en"))
				.andReturn());
		var page = AdminForms.open(this.mvc, editor, "/admin/documents/" + id);
		assertThat(page.select("fieldset.language-version").eachAttr("data-language")).containsExactly("en", "fr");

		this.mvc
			.perform(AdminForms.submit(page, "/admin/documents/" + id, editor,
					Map.of("translations[fr].title", "Rapport 7790", "translations[fr].summary", "Description 7790")))
			.andExpect(redirectedUrl("/admin/documents/" + id));

		LanguageText french = this.transaction.execute((status) -> this.documents.findById(id).orElseThrow().in("fr"));
		assertThat(french.title()).isEqualTo("Rapport 7790");
		assertThat(french.summary()).isEqualTo("Description 7790");
		assertThat(french.slug()).isEqualTo("rapport-7790");
		assertThat(this.jdbc.queryForObject("select fields from revision where content_type = 'documents'"
				+ " and content_id = ? order by number desc limit 1", String.class, id))
			.contains("\"title [fr]\":\"Rapport 7790\"");
	}

	private MockMultipartHttpServletRequestBuilder form(RequestPostProcessor who, String title, String type) {
		MockMultipartHttpServletRequestBuilder request = multipart("/admin/documents");
		request.param("title", title).param("documentType", type).with(who).with(csrf());
		return request;
	}

	private MockMultipartHttpServletRequestBuilder edit(RequestPostProcessor who, long id, String title, String type) {
		Document document = this.documents.findById(id).orElseThrow();
		MockMultipartHttpServletRequestBuilder request = multipart("/admin/documents/" + id);
		request.param("title", title)
			.param("slug", document.getSlug())
			.param("documentType", type)
			.param("version", String.valueOf(document.getVersion()))
			.with(who)
			.with(csrf());
		return request;
	}

	private List<String> titles(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
		return org.jsoup.Jsoup.parse(this.mvc.perform(request).andReturn().getResponse().getContentAsString())
			.select("tbody th a")
			.eachText();
	}

	private int count(String sql) {
		return this.jdbc.queryForObject(sql, Integer.class);
	}

	static MockMultipartFile pdf(int row, String name, byte[] bytes) {
		return new MockMultipartFile("files[" + row + "].file", name, "application/pdf", bytes);
	}

}
