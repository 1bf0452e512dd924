package org.treatyportal.files;

import java.util.Locale;

import jakarta.servlet.MultipartConfigElement;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.FieldError;

import org.treatyportal.config.PortalProperties;
import org.treatyportal.support.PortalIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Checking uploads before they are stored: size, kind by the bytes, name; and what the
 * form shows when one is refused.
 */
@PortalIntegrationTest
class FileUploadsTests {

	@Autowired
	private FileUploads uploads;

	@Autowired
	private MessageSource messages;

	@Autowired
	private PortalProperties properties;

	@Autowired
	private MultipartConfigElement multipart;

	@Autowired
	private MockMvc mvc;

	@Test
	void acceptsEveryAttachmentKind() {
		assertThat(check("a.pdf", TestFiles.pdf()).type()).isEqualTo(FileType.PDF);
		assertThat(check("a.png", TestFiles.png()).type()).isEqualTo(FileType.PNG);
		assertThat(check("a.jpg", TestFiles.jpeg()).type()).isEqualTo(FileType.JPEG);
		assertThat(check("a.gif", TestFiles.gif()).type()).isEqualTo(FileType.GIF);
		assertThat(check("a.webp", TestFiles.webp()).type()).isEqualTo(FileType.WEBP);
		assertThat(check("a.docx", TestFiles.docx()).type()).isEqualTo(FileType.DOCX);
		assertThat(check("a.xlsx", TestFiles.xlsx()).type()).isEqualTo(FileType.XLSX);
		assertThat(check("a.pptx", TestFiles.pptx()).type()).isEqualTo(FileType.PPTX);
		assertThat(check("a.doc", TestFiles.ole()).type()).isEqualTo(FileType.DOC);
		assertThat(check("a.xls", TestFiles.ole()).type()).isEqualTo(FileType.XLS);
		assertThat(check("a.ppt", TestFiles.ole()).type()).isEqualTo(FileType.PPT);
		assertThat(check("a.odt", TestFiles.openDocument("text")).type()).isEqualTo(FileType.ODT);
		assertThat(check("a.ods", TestFiles.openDocument("spreadsheet")).type()).isEqualTo(FileType.ODS);
		assertThat(check("a.odp", TestFiles.openDocument("presentation")).type()).isEqualTo(FileType.ODP);
	}

	@Test
	void pdfRenamedAsPngIsStillPdfAndGetsItsExtensionBack() {
		FileUpload upload = check("scan.png", TestFiles.pdf());

		assertThat(upload.type()).isEqualTo(FileType.PDF);
		assertThat(upload.originalName()).isEqualTo("scan.pdf");
	}

	@Test
	void pdfRenamedAsPngIsNotAnImage() {
		UploadRejectedException refusal = refusal("photo.png", TestFiles.pdf(), UploadPolicy.IMAGES);

		assertThat(refusal.getCode()).isEqualTo(UploadRejectedException.TYPE_NOT_ALLOWED);
		assertThat(english(refusal))
			.isEqualTo("Files of this kind (PDF) cannot be uploaded here. Accepted: PNG, JPEG, GIF, WebP.");
	}

	@Test
	void htmlNamedAsPdfIsRefused() {
		UploadRejectedException refusal = refusal("report.pdf", TestFiles.html(), UploadPolicy.ATTACHMENTS);

		assertThat(refusal.getCode()).isEqualTo(UploadRejectedException.TYPE_NOT_ALLOWED);
		assertThat(english(refusal)).startsWith("Files of this kind (HTML page) cannot be uploaded here.");
	}

	@Test
	void svgZipMacrosAndUnknownFilesAreRefused() {
		assertThat(english(refusal("logo.svg", TestFiles.svg(), UploadPolicy.IMAGES)))
			.startsWith("Files of this kind (SVG image)");
		assertThat(english(refusal("archive.zip", TestFiles.zip(false, "a.txt"), UploadPolicy.ATTACHMENTS)))
			.startsWith("Files of this kind (ZIP archive)");
		assertThat(english(refusal("macro.docx", TestFiles.docm(), UploadPolicy.ATTACHMENTS)))
			.startsWith("Files of this kind (Office document with macros)");
		assertThat(english(refusal("setup.msi", TestFiles.ole(), UploadPolicy.ATTACHMENTS)))
			.startsWith("Files of this kind (compound file that is not a Word, Excel or PowerPoint file)");
		assertThat(english(refusal("notes.txt", TestFiles.ascii("plain text"), UploadPolicy.ATTACHMENTS)))
			.startsWith("Files of this kind (unrecognised format)");
	}

	@Test
	void emptyOrMissingFileIsRefused() {
		UploadRejectedException empty = catchThrowableOfType(UploadRejectedException.class,
				() -> this.uploads.validate(new MockMultipartFile("file", "a.pdf", "application/pdf", new byte[0]),
						UploadPolicy.ATTACHMENTS));
		UploadRejectedException missing = catchThrowableOfType(UploadRejectedException.class,
				() -> this.uploads.validate(null, UploadPolicy.ATTACHMENTS));

		assertThat(empty.getCode()).isEqualTo(UploadRejectedException.EMPTY);
		assertThat(missing.getCode()).isEqualTo(UploadRejectedException.EMPTY);
		assertThat(english(empty)).isEqualTo("The file is empty. Choose a file that has content.");
	}

	@Test
	void fileOverTheLimitIsRefusedBeforeItIsRead() {
		long tooBig = DataSize.ofMegabytes(25).toBytes() + 1;

		UploadRejectedException refusal = catchThrowableOfType(UploadRejectedException.class,
				() -> this.uploads.validate("big.pdf", tooBig, () -> {
					throw new AssertionError("read");
				}, UploadPolicy.ATTACHMENTS));

		assertThat(refusal.getCode()).isEqualTo(UploadRejectedException.TOO_LARGE);
		assertThat(refusal.getArguments()).containsExactly("25 MB");
		assertThat(english(refusal)).isEqualTo("The file is too large: the most that can be uploaded is 25 MB.");
		assertThat(this.uploads.maxSize()).isEqualTo(DataSize.ofMegabytes(25));
	}

	@Test
	void fileOfExactlyTheLimitIsAccepted() {
		byte[] bytes = TestFiles.largePdf((int) DataSize.ofMegabytes(25).toBytes());

		assertThat(check("limit.pdf", bytes).size()).isEqualTo(bytes.length);
	}

	@Test
	void nameIsSanitised() {
		assertThat(check("../../etc/passwd", TestFiles.pdf()).originalName()).isEqualTo("passwd.pdf");
		assertThat(check("C:\\x\\y.pdf", TestFiles.pdf()).originalName()).isEqualTo("y.pdf");
		assertThat(check("", TestFiles.png()).originalName()).isEqualTo("file.png");
		assertThat(check("Convention – français.pdf", TestFiles.pdf()).originalName())
			.isEqualTo("Convention – français.pdf");
	}

	@Test
	void refusalGoesNextToTheFormField() {
		BeanPropertyBindingResult errors = new BeanPropertyBindingResult(new Form(), "form");

		refusal("logo.svg", TestFiles.svg(), UploadPolicy.IMAGES).rejectValue(errors, "file");

		FieldError error = errors.getFieldError("file");
		assertThat(error.getCode()).isEqualTo(UploadRejectedException.TYPE_NOT_ALLOWED);
		assertThat(this.messages.getMessage(error, Locale.ENGLISH))
			.isEqualTo("Files of this kind (SVG image) cannot be uploaded here. Accepted: PNG, JPEG, GIF, WebP.");
	}

	@Test
	void policyCannotAllowDangerousKinds() {
		assertThat(catchThrowableOfType(IllegalArgumentException.class,
				() -> new UploadPolicy(java.util.Set.of(FileType.PNG, FileType.SVG))))
			.hasMessageContaining("SVG");
	}

	@Test
	void formUploadThroughMockMvcPassesTheLimitFilter() throws Exception {
		this.mvc
			.perform(
					multipart("/test-support/files").file(new MockMultipartFile("file", "a.pdf", null, TestFiles.pdf()))
						.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(startsWith("stored ")));
		this.mvc
			.perform(
					multipart("/test-support/files").file(new MockMultipartFile("file", "a.svg", null, TestFiles.svg()))
						.param("use", "images")
						.with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(UploadRejectedException.TYPE_NOT_ALLOWED));
	}

	@Test
	void containerLimitsFollowThePortalSettings() {
		assertThat(this.multipart.getMaxFileSize()).isEqualTo(this.properties.uploads().maxSize().toBytes());
		assertThat(this.multipart.getMaxRequestSize()).isEqualTo(this.properties.uploads().maxRequestSize().toBytes());
	}

	@Test
	void requestLimitBelowTheFileLimitIsAConfigurationMistake() {
		assertThat(catchThrowableOfType(IllegalArgumentException.class,
				() -> new PortalProperties.Uploads(DataSize.ofMegabytes(25), DataSize.ofMegabytes(10))))
			.hasMessageContaining("portal.uploads.max-request-size");
	}

	private FileUpload check(String name, byte[] bytes) {
		return this.uploads.validate(name, bytes.length, new ByteArrayResource(bytes), UploadPolicy.ATTACHMENTS);
	}

	private UploadRejectedException refusal(String name, byte[] bytes, UploadPolicy policy) {
		return catchThrowableOfType(UploadRejectedException.class,
				() -> this.uploads.validate(new MockMultipartFile("file", name, "application/pdf", bytes), policy));
	}

	private String english(UploadRejectedException refusal) {
		return this.messages.getMessage(refusal, Locale.ENGLISH);
	}

	/** A form with a file field, as features have. */
	public static class Form {

		private Object file;

		public Object getFile() {
			return this.file;
		}

		public void setFile(Object file) {
			this.file = file;
		}

	}

}
