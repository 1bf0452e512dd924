package org.treatyportal.files;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.ContentDisposition;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import org.treatyportal.support.MutableClock;
import org.treatyportal.support.PortalIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Serving stored files: headers, conditional requests and byte ranges, through a test
 * controller that does what an owner's controller does.
 */
@PortalIntegrationTest
class FileResponsesTests {

	private static final Instant STORED = Instant.parse("2030-02-03T04:05:06.789Z");

	private static final String LAST_MODIFIED = "Sun, 03 Feb 2030 04:05:06 GMT";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private FileUploads uploads;

	@Autowired
	private FileStore store;

	@Autowired
	private MutableClock clock;

	@Test
	void servesTheFileWithItsTypeNameValidatorsAndCaching() throws Exception {
		byte[] bytes = TestFiles.pdf();
		StoredFile file = store("Convention – français.pdf", bytes);

		MvcResult result = this.mvc.perform(get(url(file)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andExpect(header().longValue("Content-Length", bytes.length))
			.andExpect(header().string("ETag", "\"" + DatabaseFileStoreTests.sha256(bytes) + "\""))
			.andExpect(header().string("Last-Modified", LAST_MODIFIED))
			.andExpect(header().string("Cache-Control", "max-age=3600, public"))
			.andExpect(header().stringValues("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("Accept-Ranges", "bytes"))
			.andExpect(header().doesNotExist("Pragma"))
			.andReturn();

		assertThat(result.getResponse().getContentAsByteArray()).isEqualTo(bytes);
		String disposition = result.getResponse().getHeader("Content-Disposition");
		assertThat(disposition).isEqualTo("inline; filename=\"Convention _ français.pdf\"; "
				+ "filename*=UTF-8''Convention%20%E2%80%93%20fran%C3%A7ais.pdf");
		assertThat(ContentDisposition.parse(disposition).getFilename()).isEqualTo("Convention – français.pdf");
	}

	@Test
	void imagesAreInlineAndOfficeFilesAreAttachments() throws Exception {
		this.mvc.perform(get(url(store("logo.png", TestFiles.png()))))
			.andExpect(header().string("Content-Type", "image/png"))
			.andExpect(
					header().string("Content-Disposition", "inline; filename=\"logo.png\"; filename*=UTF-8''logo.png"));
		this.mvc.perform(get(url(store("minutes.docx", TestFiles.docx()))))
			.andExpect(header().string("Content-Type",
					"application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
			.andExpect(header().string("Content-Disposition",
					"attachment; filename=\"minutes.docx\"; filename*=UTF-8''minutes.docx"));
	}

	@Test
	void nameCannotAddParametersToTheHeader() throws Exception {
		StoredFile file = store("minutes; filename=\"evil.html\".pdf", TestFiles.pdf());

		MvcResult result = this.mvc.perform(get(url(file))).andReturn();

		ContentDisposition disposition = ContentDisposition
			.parse(result.getResponse().getHeader("Content-Disposition"));
		assertThat(disposition.getFilename()).isEqualTo("minutes; filename=_evil.html_.pdf");
		assertThat(disposition.isInline()).isTrue();
	}

	@Test
	void previewIsNeverCached() throws Exception {
		StoredFile file = store("draft.pdf", TestFiles.pdf());

		this.mvc.perform(get(url(file) + "/preview"))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", "private, no-store"));
	}

	@Test
	void unknownFileIsNotFound() throws Exception {
		this.mvc.perform(get("/test-support/files/" + Long.MAX_VALUE)).andExpect(status().isNotFound());
	}

	@Test
	void headGivesTheHeadersWithoutTheBytes() throws Exception {
		byte[] bytes = TestFiles.pdf();
		StoredFile file = store("a.pdf", bytes);

		MvcResult result = this.mvc.perform(head(url(file)).header("Range", "bytes=0-3"))
			.andExpect(status().isOk())
			.andExpect(header().longValue("Content-Length", bytes.length))
			.andReturn();

		assertThat(result.getResponse().getContentAsByteArray()).isEmpty();
	}

	@Test
	void matchingIfNoneMatchIsNotModified() throws Exception {
		StoredFile file = store("a.pdf", TestFiles.pdf());
		String etag = "\"" + file.getSha256() + "\"";

		for (String ifNoneMatch : new String[] { etag, "W/" + etag, "\"other\", " + etag, "*" }) {
			MvcResult result = this.mvc.perform(get(url(file)).header("If-None-Match", ifNoneMatch))
				.andExpect(status().isNotModified())
				.andExpect(header().string("ETag", etag))
				.andExpect(header().string("Cache-Control", "max-age=3600, public"))
				.andReturn();
			assertThat(result.getResponse().getContentAsByteArray()).as(ifNoneMatch).isEmpty();
		}
		this.mvc.perform(get(url(file)).header("If-None-Match", "\"other\"")).andExpect(status().isOk());
	}

	@Test
	void ifModifiedSinceIsNotModifiedUnlessTheFileIsNewer() throws Exception {
		StoredFile file = store("a.pdf", TestFiles.pdf());

		this.mvc.perform(get(url(file)).header("If-Modified-Since", LAST_MODIFIED)).andExpect(status().isNotModified());
		this.mvc.perform(get(url(file)).header("If-Modified-Since", httpDate(STORED.plusSeconds(3600))))
			.andExpect(status().isNotModified());
		this.mvc.perform(get(url(file)).header("If-Modified-Since", httpDate(STORED.minusSeconds(1))))
			.andExpect(status().isOk());
		this.mvc.perform(get(url(file)).header("If-Modified-Since", "yesterday")).andExpect(status().isOk());
	}

	@Test
	void ifNoneMatchWinsOverIfModifiedSince() throws Exception {
		StoredFile file = store("a.pdf", TestFiles.pdf());

		this.mvc.perform(get(url(file)).header("If-None-Match", "\"other\"").header("If-Modified-Since", LAST_MODIFIED))
			.andExpect(status().isOk());
	}

	@Test
	void rangeGivesPartialContent() throws Exception {
		byte[] bytes = TestFiles.largePdf(5000);
		StoredFile file = store("a.pdf", bytes);

		expectRange(file, "bytes=0-99", bytes, 0, 99);
		expectRange(file, "bytes=100-", bytes, 100, 4999);
		expectRange(file, "bytes=-500", bytes, 4500, 4999);
		expectRange(file, "bytes=4990-99999", bytes, 4990, 4999);
		expectRange(file, "bytes=-99999", bytes, 0, 4999);
		expectRange(file, "BYTES=10-19", bytes, 10, 19);
		expectRange(file, "bytes=0-99999999999999999999999", bytes, 0, 4999);
	}

	@Test
	void rangePastTheEndIsNotSatisfiable() throws Exception {
		StoredFile file = store("a.pdf", TestFiles.largePdf(5000));

		for (String range : new String[] { "bytes=5000-", "bytes=5000-6000", "bytes=-0",
				"bytes=99999999999999999999-" }) {
			MvcResult result = this.mvc.perform(get(url(file)).header("Range", range))
				.andExpect(status().isRequestedRangeNotSatisfiable())
				.andExpect(header().string("Content-Range", "bytes */5000"))
				.andReturn();
			assertThat(result.getResponse().getContentAsByteArray()).as(range).isEmpty();
		}
	}

	@Test
	void malformedOrMultipleRangesGiveTheWholeFile() throws Exception {
		byte[] bytes = TestFiles.largePdf(5000);
		StoredFile file = store("a.pdf", bytes);

		for (String range : new String[] { "", "bytes", "bytes=", "bytes=-", "bytes=a-b", "bytes=10-5", "bytes=1-2-3",
				"bytes=--1", "bytes=+1-2", "bytes=0x10-", "items=0-10", "bytes=0-1,5-6", "bytes=0-1,", "bytes=½-",
				"bytes = 10-19", "bytes=9223372036854775807-9223372036854775806" }) {
			MvcResult result = this.mvc.perform(get(url(file)).header("Range", range))
				.andExpect(status().isOk())
				.andExpect(header().doesNotExist("Content-Range"))
				.andReturn();
			assertThat(result.getResponse().getContentAsByteArray()).as(range).isEqualTo(bytes);
		}
	}

	@Test
	void controlCharacterInTheRangeIsRefusedByTheFirewall() throws Exception {
		StoredFile file = store("a.pdf", TestFiles.pdf());

		this.mvc.perform(get(url(file)).header("Range", "bytes=\u0000-1")).andExpect(status().isBadRequest());
	}

	@Test
	void ifRangeSendsThePartOnlyForTheSameFile() throws Exception {
		byte[] bytes = TestFiles.largePdf(5000);
		StoredFile file = store("a.pdf", bytes);
		String etag = "\"" + file.getSha256() + "\"";

		this.mvc.perform(get(url(file)).header("Range", "bytes=0-9").header("If-Range", etag))
			.andExpect(status().isPartialContent());
		this.mvc.perform(get(url(file)).header("Range", "bytes=0-9").header("If-Range", LAST_MODIFIED))
			.andExpect(status().isPartialContent());
		for (String ifRange : new String[] { "\"other\"", "W/" + etag, httpDate(STORED.plusSeconds(1)), "garbage" }) {
			MvcResult result = this.mvc.perform(get(url(file)).header("Range", "bytes=0-9").header("If-Range", ifRange))
				.andExpect(status().isOk())
				.andReturn();
			assertThat(result.getResponse().getContentAsByteArray()).as(ifRange).isEqualTo(bytes);
		}
	}

	private void expectRange(StoredFile file, String range, byte[] bytes, int first, int last) throws Exception {
		MvcResult result = this.mvc.perform(get(url(file)).header("Range", range))
			.andExpect(status().isPartialContent())
			.andExpect(header().string("Content-Range", "bytes " + first + "-" + last + "/" + bytes.length))
			.andExpect(header().longValue("Content-Length", last - first + 1))
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andExpect(header().exists("ETag"))
			.andReturn();
		assertThat(result.getResponse().getContentAsByteArray()).as(range)
			.isEqualTo(Arrays.copyOfRange(bytes, first, last + 1));
	}

	private StoredFile store(String name, byte[] bytes) {
		this.clock.setInstant(STORED);
		FileUpload upload = this.uploads.validate(name, bytes.length, new ByteArrayResource(bytes),
				UploadPolicy.ATTACHMENTS);
		return this.store.store(upload);
	}

	private static String url(StoredFile file) {
		return "/test-support/files/" + file.getId();
	}

	private static String httpDate(Instant instant) {
		return DateTimeFormatter.RFC_1123_DATE_TIME.format(instant.atOffset(ZoneOffset.UTC));
	}

}
