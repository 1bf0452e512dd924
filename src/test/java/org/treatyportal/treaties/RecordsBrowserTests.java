package org.treatyportal.treaties;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import org.treatyportal.support.Chrome;
import org.treatyportal.support.PortalIntegrationTest;
import org.treatyportal.users.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In a real browser, the admin treaty page gives the States' records the page's full
 * width with each date on one line, its rows filter as the admin types, and the page and
 * the country form fit a phone's width; screenshots of both at 390 and 1280 px go to
 * {@code target/screenshots} for a person to look at.
 */
@PortalIntegrationTest
class RecordsBrowserTests {

	@LocalServerPort
	private int port;

	@Autowired
	private TestUsers users;

	@Autowired
	private TreatyRepository treatyRepository;

	@Autowired
	private TreatyPartyRepository partyRepository;

	@Autowired
	private TreatyStatementRepository statementRepository;

	private ChromeDriver browser;

	@BeforeEach
	void start() {
		this.browser = Chrome.start();
	}

	@AfterEach
	void stop() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void theRecordsTableTakesTheFullWidthAndFiltersAsTheAdminTypes() {
		TestTreaties treaties = new TestTreaties(this.treatyRepository, this.partyRepository, this.statementRepository);
		Treaty treaty = treaties.treaty("Browser records convention");
		for (String code : List.of("CH", "CA", "GB", "BA", "AT", "DE", "MK")) {
			treaties.ratified(treaty, code, "2001-11-23", "2006-01-10");
		}
		treaties.signed(treaty, "FR", "2001-11-23");
		String page = "/admin/treaties/" + treaty.getNumber();
		signIn();
		screenshots("admin-treaty", page);
		screenshots("admin-country-ch", "/admin/countries/ch");
		this.browser.manage().window().setSize(new Dimension(1280, 1000));
		open(page);
		WebElement table = this.browser.findElement(By.id("records-table"));
		WebElement form = this.browser.findElement(By.cssSelector("form.editor-form"));
		assertThat(table.getSize().getWidth()).isGreaterThan(form.getSize().getWidth());
		assertThat(table.findElements(By.cssSelector("td.date"))).isNotEmpty();
		// An empty cell has no line, a date one: none wraps.
		assertThat(linesOfDateCells()).as("lines of each date cell").contains(1L).allMatch((lines) -> lines <= 1);
		WebElement filter = this.browser.findElement(By.id("records-filter"));
		filter.sendKeys("swi");
		assertThat(visibleStates()).containsExactly("Switzerland");
		assertThat(this.browser.findElement(By.id("records-count")).getText()).startsWith("1 of ");
		filter.sendKeys(Keys.BACK_SPACE, Keys.BACK_SPACE, Keys.BACK_SPACE);
		assertThat(visibleStates()).containsExactly("Austria", "Bosnia and Herzegovina", "Canada", "France", "Germany",
				"North Macedonia", "Switzerland", "United Kingdom");
	}

	@SuppressWarnings("unchecked")
	private List<Long> linesOfDateCells() {
		return (List<Long>) ((JavascriptExecutor) this.browser)
			.executeScript("return Array.from(document.querySelectorAll('#records-table td.date')).map((cell) => {"
					+ " const range = document.createRange(); range.selectNodeContents(cell);"
					+ " return new Set(Array.from(range.getClientRects()).map((r) => Math.round(r.top))).size; })");
	}

	private List<String> visibleStates() {
		return this.browser.findElements(By.cssSelector("#records-table tbody tr"))
			.stream()
			.filter(WebElement::isDisplayed)
			.map((row) -> row.findElement(By.tagName("th")).getText())
			.toList();
	}

	/**
	 * The whole page at a phone's and a desktop's width; at 390 px nothing is wider than
	 * the window.
	 */
	private void screenshots(String name, String path) {
		try {
			Path folder = Files.createDirectories(Path.of("target", "screenshots"));
			JavascriptExecutor script = this.browser;
			for (int width : new int[] { 390, 1280 }) {
				this.browser.manage().window().setSize(new Dimension(width, 1400));
				open(path);
				Number height = (Number) script.executeScript("return document.documentElement.scrollHeight");
				this.browser.manage().window().setSize(new Dimension(width, Math.min(height.intValue() + 140, 8000)));
				Files.write(folder.resolve(name + "-" + width + ".png"),
						this.browser.getScreenshotAs(OutputType.BYTES));
				Number scrollWidth = (Number) script.executeScript("return document.documentElement.scrollWidth");
				Number clientWidth = (Number) script.executeScript("return document.documentElement.clientWidth");
				assertThat(scrollWidth.intValue()).as(path + " at " + width)
					.isLessThanOrEqualTo(clientWidth.intValue());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void signIn() {
		open("/login");
		this.browser.findElement(By.id("username")).sendKeys(this.users.admin().getEmail());
		this.browser.findElement(By.id("password")).sendKeys(TestUsers.PASSWORD, Keys.ENTER);
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isEqualTo("Dashboard");
	}

	private void open(String path) {
		this.browser.get("http://127.0.0.1:" + this.port + path);
	}

}
