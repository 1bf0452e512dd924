package org.treatyportal.files;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Names of uploaded files, made safe to keep and send back.
 */
class FileNamesTests {

	@Test
	void keepsOnlyTheLastPathComponent() {
		assertThat(FileNames.sanitise("../../etc/passwd")).isEqualTo("passwd");
		assertThat(FileNames.sanitise("C:\\x\\y.pdf")).isEqualTo("y.pdf");
		assertThat(FileNames.sanitise("/home/user/Report 2008.pdf")).isEqualTo("Report 2008.pdf");
		assertThat(FileNames.sanitise("a/b\\c/..")).isEqualTo("file");
	}

	@Test
	void removesControlAndDirectionCharacters() {
		assertThat(FileNames.sanitise("re\u0000port\r\n.pdf")).isEqualTo("report.pdf");
		assertThat(FileNames.sanitise("invoice\u202Efdp.exe")).isEqualTo("invoicefdp.exe");
		assertThat(FileNames.sanitise("zero\u200Bwidth.pdf")).isEqualTo("zerowidth.pdf");
	}

	@Test
	void replacesCharactersThatFileSystemsForbid() {
		assertThat(FileNames.sanitise("what? \"why\" <now>|*.pdf")).isEqualTo("what_ _why_ _now___.pdf");
		assertThat(FileNames.sanitise("C:report.pdf")).isEqualTo("C_report.pdf");
	}

	@Test
	void keepsLettersOfEveryScriptInComposedForm() {
		assertThat(FileNames.sanitise("Convention – français.pdf")).isEqualTo("Convention – français.pdf");
		assertThat(FileNames.sanitise("Конвенция.pdf")).isEqualTo("Конвенция.pdf");
		assertThat(FileNames.sanitise("franc\u0327ais.pdf")).isEqualTo("français.pdf");
	}

	@Test
	void emptyOrBlankBecomesFile() {
		assertThat(FileNames.sanitise(null)).isEqualTo("file");
		assertThat(FileNames.sanitise("")).isEqualTo("file");
		assertThat(FileNames.sanitise("  \t ")).isEqualTo("file");
		assertThat(FileNames.sanitise("..")).isEqualTo("file");
		assertThat(FileNames.sanitise("dir/")).isEqualTo("file");
		assertThat(FileNames.sanitise("\u0000\u0001")).isEqualTo("file");
	}

	@Test
	void trimsSpacesAndTrailingDots() {
		assertThat(FileNames.sanitise("  report.pdf.  ")).isEqualTo("report.pdf");
	}

	@Test
	void capsTheLengthKeepingTheExtension() {
		String name = FileNames.sanitise("a".repeat(300) + ".pdf");

		assertThat(name).hasSize(FileNames.MAX_LENGTH).endsWith("a.pdf");
	}

	@Test
	void capsTheLengthWithoutSplittingCharacters() {
		String name = FileNames.sanitise("😀".repeat(300));

		assertThat(name.codePointCount(0, name.length())).isEqualTo(FileNames.MAX_LENGTH);
		assertThat(name).isEqualTo("😀".repeat(FileNames.MAX_LENGTH));
	}

	@Test
	void extensionFollowsTheDetectedType() {
		assertThat(FileNames.withExtensionFor("report.png", FileType.PDF)).isEqualTo("report.pdf");
		assertThat(FileNames.withExtensionFor("report", FileType.PDF)).isEqualTo("report.pdf");
		assertThat(FileNames.withExtensionFor("report.v2", FileType.PDF)).isEqualTo("report.v2.pdf");
		assertThat(FileNames.withExtensionFor("photo.JPEG", FileType.JPEG)).isEqualTo("photo.JPEG");
		assertThat(FileNames.withExtensionFor("minutes.doc", FileType.DOC)).isEqualTo("minutes.doc");
	}

}
