package org.treatyportal.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;

/**
 * Starts Debian's headless Chromium through its chromedriver for real-browser tests.
 * Where they are not installed (a developer's machine) those tests are reported as
 * skipped, with the reason; in CI ({@code CI=true}), which installs both, a missing
 * browser fails them instead, so that they can never be skipped there unseen.
 */
public final class Chrome {

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	private Chrome() {
	}

	/**
	 * A new headless browser with an empty profile, deleted when the browser quits; quit
	 * it after the test.
	 */
	public static ChromeDriver start() {
		assumeInstalled();
		try {
			Path profile = Files.createTempDirectory("treaty-portal-chromium");
			ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
				.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
						"--disable-background-networking", "--disable-component-update", "--disable-sync",
						"--disable-dev-shm-usage", "--window-size=1280,1600", "--user-data-dir=" + profile);
			ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
				.build();
			ChromeDriver driver = new ChromeDriver(service, options) {

				@Override
				public void quit() {
					try {
						super.quit();
					}
					finally {
						FileSystemUtils.deleteRecursively(profile.toFile());
					}
				}

			};
			driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
			return driver;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Waits until the browser has left the page whose root element is given: that element
	 * is gone from the document. Chromium may say so while the next page replaces it as
	 * "does not belong to the document" rather than as a stale element.
	 */
	public static void waitUntilLeft(WebDriver browser, WebElement page) {
		new WebDriverWait(browser, Duration.ofSeconds(10)).until((driver) -> {
			try {
				page.isEnabled();
				return false;
			}
			catch (StaleElementReferenceException ex) {
				return true;
			}
			catch (WebDriverException ex) {
				if (String.valueOf(ex.getMessage()).contains("does not belong to the document")) {
					return true;
				}
				throw ex;
			}
		});
	}

	/**
	 * Skips the calling test where Chromium or chromedriver is missing, and fails it
	 * instead in CI.
	 */
	public static void assumeInstalled() {
		assumeInstalled(CHROMIUM, CHROMEDRIVER, System.getenv("CI"));
	}

	static void assumeInstalled(Path chromium, Path chromedriver, String ci) {
		if (Files.isExecutable(chromium) && Files.isExecutable(chromedriver)) {
			return;
		}
		String missing = chromium + " or " + chromedriver + " is missing";
		if ("true".equals(ci)) {
			fail(missing + ": CI must run the real-browser tests (apt-get install chromium chromium-driver)");
		}
		abort(missing + ": real-browser test skipped (apt-get install chromium chromium-driver)");
	}

}
