package org.treatyportal.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.TestAbortedException;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Real-browser tests run where Chromium is installed, say why they are skipped where it
 * is not, and cannot be skipped in CI.
 */
class ChromeTests {

	@TempDir
	Path folder;

	@Test
	void installedBrowserLetsTheTestRun() throws IOException {
		Path chromium = executable("chromium");
		Path chromedriver = executable("chromedriver");

		assertThatCode(() -> Chrome.assumeInstalled(chromium, chromedriver, "true")).doesNotThrowAnyException();
		assertThatCode(() -> Chrome.assumeInstalled(chromium, chromedriver, null)).doesNotThrowAnyException();
	}

	@Test
	void missingBrowserSkipsTheTestWithTheReason() throws IOException {
		Path chromium = this.folder.resolve("chromium");
		Path chromedriver = executable("chromedriver");

		assertThatExceptionOfType(TestAbortedException.class)
			.isThrownBy(() -> Chrome.assumeInstalled(chromium, chromedriver, null))
			.withMessageContaining(chromium + " or " + chromedriver + " is missing")
			.withMessageContaining("real-browser test skipped");
		assertThatExceptionOfType(TestAbortedException.class)
			.isThrownBy(() -> Chrome.assumeInstalled(chromium, chromedriver, "false"));
	}

	@Test
	void missingDriverInCiFailsTheTest() throws IOException {
		Path chromium = executable("chromium");
		Path chromedriver = this.folder.resolve("chromedriver");

		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> Chrome.assumeInstalled(chromium, chromedriver, "true"))
			.withMessageContaining("CI must run the real-browser tests");
	}

	private Path executable(String name) throws IOException {
		return Files.createFile(this.folder.resolve(name),
				PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
	}

}
