package org.treatyportal.files;

import java.io.IOException;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Recognising files by their bytes, whatever they are called.
 */
class FileTypeDetectorTests {

	@Test
	void recognisesPdfAndImagesByMagicNumbers() throws IOException {
		assertThat(detect(TestFiles.pdf(), "a.pdf")).isEqualTo(FileType.PDF);
		assertThat(detect(TestFiles.png(), "a.png")).isEqualTo(FileType.PNG);
		assertThat(detect(TestFiles.jpeg(), "a.jpg")).isEqualTo(FileType.JPEG);
		assertThat(detect(TestFiles.gif(), "a.gif")).isEqualTo(FileType.GIF);
		assertThat(detect(TestFiles.webp(), "a.webp")).isEqualTo(FileType.WEBP);
	}

	@Test
	void nameDoesNotChangeWhatTheBytesAre() throws IOException {
		assertThat(detect(TestFiles.pdf(), "photo.png")).isEqualTo(FileType.PDF);
		assertThat(detect(TestFiles.png(), "report.pdf")).isEqualTo(FileType.PNG);
		assertThat(detect(TestFiles.docx(), "sheet.xlsx")).isEqualTo(FileType.DOCX);
		assertThat(detect(TestFiles.pdf(), null)).isEqualTo(FileType.PDF);
	}

	@Test
	void htmlOrSvgNamedAsSomethingElseIsStillHtmlOrSvg() throws IOException {
		assertThat(detect(TestFiles.html(), "report.pdf")).isEqualTo(FileType.HTML);
		assertThat(detect(TestFiles.svg(), "logo.png")).isEqualTo(FileType.SVG);
		assertThat(detect(TestFiles.concat(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF },
				TestFiles.ascii("  <svg onload=\"alert(1)\"/>")), "logo.gif"))
			.isEqualTo(FileType.SVG);
	}

	@Test
	void recognisesOfficeOpenXmlByItsParts() throws IOException {
		assertThat(detect(TestFiles.docx(), "a.docx")).isEqualTo(FileType.DOCX);
		assertThat(detect(TestFiles.xlsx(), "a.xlsx")).isEqualTo(FileType.XLSX);
		assertThat(detect(TestFiles.pptx(), "a.pptx")).isEqualTo(FileType.PPTX);
	}

	@Test
	void officeOpenXmlWithMacrosIsNotPlainOffice() throws IOException {
		assertThat(detect(TestFiles.docm(), "a.docx")).isEqualTo(FileType.OFFICE_MACRO);
	}

	@Test
	void readsTheZipDirectoryBehindAnArchiveComment() throws IOException {
		byte[] docx = TestFiles.zip(true, "[Content_Types].xml", "word/document.xml");

		assertThat(detect(docx, "a.docx")).isEqualTo(FileType.DOCX);
	}

	@Test
	void recognisesOpenDocumentByItsMimetypeEntry() throws IOException {
		assertThat(detect(TestFiles.openDocument("text"), "a.odt")).isEqualTo(FileType.ODT);
		assertThat(detect(TestFiles.openDocument("spreadsheet"), "a.ods")).isEqualTo(FileType.ODS);
		assertThat(detect(TestFiles.openDocument("presentation"), "a.odp")).isEqualTo(FileType.ODP);
		assertThat(detect(TestFiles.openDocument("graphics"), "a.odg")).isEqualTo(FileType.ZIP);
	}

	@Test
	void otherZipArchivesAreJustZip() throws IOException {
		assertThat(detect(TestFiles.zip(false, "readme.txt", "word/notes.txt"), "a.docx")).isEqualTo(FileType.ZIP);
		assertThat(detect(TestFiles.zip(false, "[Content_Types].xml", "other/part.xml"), "a.docx"))
			.isEqualTo(FileType.ZIP);
		assertThat(detect(TestFiles.zip(false), "empty.zip")).isEqualTo(FileType.ZIP);
	}

	@Test
	void truncatedZipIsJustZip() throws IOException {
		byte[] docx = TestFiles.docx();
		byte[] truncated = java.util.Arrays.copyOf(docx, docx.length - 30);

		assertThat(detect(truncated, "a.docx")).isEqualTo(FileType.ZIP);
	}

	@Test
	void compoundFileKindComesFromItsExtension() throws IOException {
		assertThat(detect(TestFiles.ole(), "minutes.doc")).isEqualTo(FileType.DOC);
		assertThat(detect(TestFiles.ole(), "figures.XLS")).isEqualTo(FileType.XLS);
		assertThat(detect(TestFiles.ole(), "slides.ppt")).isEqualTo(FileType.PPT);
		assertThat(detect(TestFiles.ole(), "setup.msi")).isEqualTo(FileType.OLE);
		assertThat(detect(TestFiles.ole(), "minutes")).isEqualTo(FileType.OLE);
	}

	@Test
	void anythingElseIsUnknown() throws IOException {
		assertThat(detect(TestFiles.ascii("just some text"), "a.txt")).isEqualTo(FileType.UNKNOWN);
		assertThat(detect(new byte[] { 'M', 'Z', 0, 0 }, "a.pdf")).isEqualTo(FileType.UNKNOWN);
		assertThat(detect(new byte[] { '%', 'P' }, "a.pdf")).isEqualTo(FileType.UNKNOWN);
	}

	private static FileType detect(byte[] bytes, String name) throws IOException {
		return FileTypeDetector.detect(new ByteArrayResource(bytes), bytes.length, name);
	}

}
