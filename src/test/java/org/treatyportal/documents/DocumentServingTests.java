package org.treatyportal.documents;

import java.time.Instant;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ContentDisposition;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import org.treatyportal.support.EditorTestSupport;
import org.treatyportal.support.MutableClock;
import org.treatyportal.support.PortalIntegrationTest;
import org.treatyportal.users.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.treatyportal.support.Html.page;
import static org.treatyportal.users.TestUsers.as;

/**
 * What visitors get at a document's stable addresses: its page with every language, and
 * the current file of a language with its type, its name safely encoded, validators (304)
 * and byte ranges (206, 416); only while the document is published; 404 for an unknown
 * document or language, 301 after a rename, 410 after a withdrawal.
 */
@PortalIntegrationTest
class DocumentServingTests {

	private static final Instant NOW = Instant.parse("2035-03-01T09:00:00Z");

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestUsers users;

	@Autowired
	private DocumentRepository documents;

	@Autowired
	private MutableClock clock;

	@Test
	void currentFileIsServedWithItsTypeNameAndValidators() throws Exception {
		this.clock.setInstant(NOW);
		byte[] bytes = TestPdfs.manyPages(30);
		publish("Served 8801", "déclaration du Caire – «fr».pdf", "fr", bytes);

		MockHttpServletResponse response = this.mvc.perform(get("/documents/served-8801/fr"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andExpect(header().string("Accept-Ranges", "bytes"))
			.andExpect(content().bytes(bytes))
			.andReturn()
			.getResponse();

		ContentDisposition disposition = ContentDisposition.parse(response.getHeader("Content-Disposition"));
		assertThat(disposition.isInline()).isTrue();
		assertThat(disposition.getFilename()).isEqualTo("déclaration du Caire – «fr».pdf");
		assertThat(response.getHeader("Content-Disposition")).contains("filename*=UTF-8''");
		String etag = response.getHeader("ETag");
		String lastModified = response.getHeader("Last-Modified");
		assertThat(etag).matches("\"[0-9a-f]{64}\"");
		this.mvc.perform(get("/documents/served-8801/fr").header("If-None-Match", etag))
			.andExpect(status().isNotModified());
		this.mvc.perform(get("/documents/served-8801/fr").header("If-Modified-Since", lastModified))
			.andExpect(status().isNotModified());
		this.mvc.perform(get("/documents/served-8801/FR")).andExpect(status().isOk());
		this.mvc.perform(head("/documents/served-8801/fr"))
			.andExpect(status().isOk())
			.andExpect(header().longValue("Content-Length", bytes.length));
	}

	@Test
	void rangesOfALargePdfAreServed() throws Exception {
		this.clock.setInstant(NOW);
		byte[] bytes = TestPdfs.manyPages(200);
		publish("Ranged 8802", "ranged.pdf", "en", bytes);

		this.mvc.perform(get("/documents/ranged-8802/en").header("Range", "bytes=100-1099"))
			.andExpect(status().isPartialContent())
			.andExpect(header().string("Content-Range", "bytes 100-1099/" + bytes.length))
			.andExpect(content().bytes(Arrays.copyOfRange(bytes, 100, 1100)));
		this.mvc.perform(get("/documents/ranged-8802/en").header("Range", "bytes=-16"))
			.andExpect(status().isPartialContent())
			.andExpect(content().bytes(Arrays.copyOfRange(bytes, bytes.length - 16, bytes.length)));
		this.mvc.perform(get("/documents/ranged-8802/en").header("Range", "bytes=" + bytes.length + "-"))
			.andExpect(status().isRequestedRangeNotSatisfiable())
			.andExpect(header().string("Content-Range", "bytes */" + bytes.length));
	}

	@Test
	void unknownDocumentsAndLanguagesAreNotFound() throws Exception {
		this.clock.setInstant(NOW);
		publish("Known 8803", "known.pdf", "en", TestPdfs.withText("Known"));

		this.mvc.perform(get("/documents/known-8803/de")).andExpect(status().isNotFound());
		this.mvc.perform(get("/documents/known-8803/zz-!!")).andExpect(status().isNotFound());
		this.mvc.perform(get("/documents/known-8803/und")).andExpect(status().isNotFound());
		this.mvc.perform(get("/documents/x/zz-!!")).andExpect(status().isNotFound());
		this.mvc.perform(get("/documents/no-such-document-8803")).andExpect(status().isNotFound());
		this.mvc.perform(get("/documents/no-such-document-8803/en")).andExpect(status().isNotFound());
		this.mvc.perform(get("/documents").param("type", "no-such-type")).andExpect(status().isBadRequest());
		this.mvc.perform(get("/documents").param("page", "0")).andExpect(status().isBadRequest());
		this.mvc.perform(get("/documents").param("page", "x")).andExpect(status().isBadRequest());
		this.mvc.perform(get("/documents").param("page", "99999999")).andExpect(status().isOk());
	}

	@Test
	void draftsAndScheduledDocumentsAreHiddenUntilTheirTime() throws Exception {
		this.clock.setInstant(NOW);
		RequestPostProcessor editor = as(this.users.editor());
		this.mvc.perform(form(editor, "Draft 8804", "draft.pdf", "en", TestPdfs.withText("Draft")))
			.andExpect(status().isFound());
		this.mvc
			.perform(form(editor, "Embargoed 8804", "embargo.pdf", "en", TestPdfs.withText("Embargo"))
				.param("publishAt", "2035-03-02T10:00")
				.param("action", "publish"))
			.andExpect(status().isFound());

		this.mvc.perform(get("/documents/draft-8804")).andExpect(status().isNotFound());
		this.mvc.perform(get("/documents/draft-8804/en")).andExpect(status().isNotFound());
		this.mvc.perform(get("/documents/embargoed-8804/en")).andExpect(status().isNotFound());
		this.clock.setInstant(Instant.parse("2035-03-02T09:00:00Z"));
		this.mvc.perform(get("/documents/embargoed-8804/en")).andExpect(status().isOk());
		this.mvc.perform(get("/documents").param("type", "report"))
			.andExpect(
					page((html) -> assertThat(html.select(".article-card__title").eachText()).contains("Embargoed 8804")
						.doesNotContain("Draft 8804")));
	}

	@Test
	void renamedDocumentRedirectsWithItsLanguageAndAWithdrawnOneIsGone() throws Exception {
		this.clock.setInstant(NOW);
		RequestPostProcessor editor = as(this.users.editor());
		long id = publish("Renamed 8805", "r.pdf", "es", TestPdfs.withText("Renamed"));
		Document document = this.documents.findById(id).orElseThrow();
		this.mvc
			.perform(multipart("/admin/documents/" + id).param("title", "Renamed 8805")
				.param("slug", "new-name-8805")
				.param("documentType", "REPORT")
				.param("version", String.valueOf(document.getVersion()))
				.with(editor)
				.with(csrf()))
			.andExpect(status().isFound());

		this.mvc.perform(get("/documents/renamed-8805")).andExpect(redirectedUrl("/documents/new-name-8805"));
		this.mvc.perform(get("/documents/renamed-8805/es"))
			.andExpect(status().isMovedPermanently())
			.andExpect(redirectedUrl("/documents/new-name-8805/es"));

		this.mvc.perform(post("/admin/documents/" + id + "/withdraw").with(editor)
			.with(csrf())
			.param("version", String.valueOf(EditorTestSupport.version(this.documents, id))));
		this.mvc.perform(get("/documents/new-name-8805")).andExpect(status().isGone());
		this.mvc.perform(get("/documents/new-name-8805/es")).andExpect(status().isGone());
	}

	@Test
	void relatedDocumentsOfTreatiesCountriesAndEventsAreTheVisibleOnes(@Autowired DocumentService service)
			throws Exception {
		this.clock.setInstant(NOW);
		RequestPostProcessor editor = as(this.users.editor());
		this.mvc
			.perform(form(editor, "Treaty text 8806", "t.pdf", "en", TestPdfs.withText("Text"))
				.param("treatyNumber", "98806")
				.param("countries", "EG")
				.param("action", "publish"))
			.andExpect(status().isFound());
		this.mvc
			.perform(form(editor, "Draft treaty text 8806", "d.pdf", "en", TestPdfs.withText("Draft"))
				.param("treatyNumber", "98806")
				.param("countries", "EG"))
			.andExpect(status().isFound());

		assertThat(service.forTreaty(98806)).extracting(DocumentSummary::title).containsExactly("Treaty text 8806");
		assertThat(service.forTreaty(98806).get(0).languages()).extracting(LanguageVersion::url)
			.containsExactly("/documents/treaty-text-8806/en");
		assertThat(service.forCountry("eg")).extracting(DocumentSummary::title)
			.contains("Treaty text 8806")
			.doesNotContain("Draft treaty text 8806");
		assertThat(service.forCountry("not a code")).isEmpty();
		assertThat(service.forEvent(999999999L)).isEmpty();
	}

	private long publish(String title, String fileName, String language, byte[] bytes) throws Exception {
		MvcResult result = this.mvc
			.perform(form(as(this.users.editor()), title, fileName, language, bytes).param("action", "publish"))
			.andExpect(status().isFound())
			.andReturn();
		return EditorTestSupport.idFrom(result);
	}

	private MockMultipartHttpServletRequestBuilder form(RequestPostProcessor who, String title, String fileName,
			String language, byte[] bytes) {
		MockMultipartHttpServletRequestBuilder request = multipart("/admin/documents");
		request.file(DocumentAdminTests.pdf(0, fileName, bytes))
			.param("files[0].language", language)
			.param("title", title)
			.param("documentType", "REPORT")
			.with(who)
			.with(csrf());
		return request;
	}

}
