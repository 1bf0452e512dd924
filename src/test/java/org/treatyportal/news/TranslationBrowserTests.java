package org.treatyportal.news;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

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
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import org.treatyportal.support.Chrome;
import org.treatyportal.support.MutableClock;
import org.treatyportal.support.PortalIntegrationTest;
import org.treatyportal.users.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An editor opens a published news item in a real browser, moves to its French tab with
 * the keyboard, writes the French version with the toolbar and saves: the item is then
 * published in French too.
 */
@PortalIntegrationTest
class TranslationBrowserTests {

	private static final Instant NOW = Instant.parse("2034-06-01T08:00:00Z");

	@LocalServerPort
	private int port;

	@Autowired
	private TestUsers users;

	@Autowired
	private TestArticles articles;

	@Autowired
	private MutableClock clock;

	private ChromeDriver browser;

	@BeforeEach
	void start() {
		this.browser = Chrome.start();
		this.clock.setInstant(NOW);
	}

	@AfterEach
	void stop() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void editorFillsTheFrenchTabAndTheItemIsPublishedInFrench() {
		Article article = this.articles.news("Octopus conference in the browser")
			.slug("octopus-conference-in-the-browser")
			.publishedAt(NOW.minusSeconds(3600))
			.save();
		signIn();
		open("/admin/news/" + article.getId());

		WebElement english = this.browser.findElement(By.cssSelector("button[role=tab][data-language=en]"));
		WebElement french = this.browser.findElement(By.cssSelector("button[role=tab][data-language=fr]"));
		assertThat(english.getAttribute("aria-selected")).isEqualTo("true");
		assertThat(french.getText()).contains("Français").contains("missing");
		english.sendKeys(Keys.ARROW_RIGHT);
		assertThat(french.getAttribute("aria-selected")).isEqualTo("true");
		assertThat(this.browser.switchTo().activeElement()).isEqualTo(french);
		WebElement panel = this.browser.findElement(By.id(french.getAttribute("aria-controls")));
		assertThat(panel.isDisplayed()).isTrue();
		assertThat(this.browser.findElement(By.id("title")).isDisplayed()).isFalse();

		this.browser.findElement(By.id("translations-fr-title")).sendKeys("Conférence Octopus dans le navigateur");
		assertThat(this.browser.findElement(By.id("translations-fr-slug")).getAttribute("value"))
			.isEqualTo("conference-octopus-dans-le-navigateur");
		WebElement area = panel.findElement(By.cssSelector(".rte-area"));
		area.click();
		area.sendKeys("Les experts se ");
		click(panel.findElement(By.cssSelector(".rte-toolbar button[data-command=bold]")));
		area.sendKeys("réunissent");
		screenshots();
		WebElement publishChanges = this.browser.findElement(By.cssSelector("button[name=action][value=save]"));
		assertThat(publishChanges.getText()).isEqualTo("Publish changes");
		submit(publishChanges);
		assertThat(this.browser.findElement(By.cssSelector(".alert--success")).getText())
			.isEqualTo("Saved. Your changes are on the site.");

		open("/admin/news?q=Octopus+conference+in+the+browser");
		assertThat(this.browser.findElement(By.cssSelector("tbody tr .language-list")).getText()).contains("en")
			.contains("fr");
		open("/admin/news/" + article.getId() + "/preview?language=fr");
		assertThat(this.browser.findElement(By.tagName("h1")).getText())
			.isEqualTo("Conférence Octopus dans le navigateur");
		assertThat(this.browser.findElement(By.cssSelector(".article__body strong")).getText()).isEqualTo("réunissent");

		open("/fr/news/conference-octopus-dans-le-navigateur");
		assertThat(this.browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("fr");
		assertThat(this.browser.findElement(By.tagName("h1")).getText())
			.isEqualTo("Conférence Octopus dans le navigateur");
		open("/news/octopus-conference-in-the-browser");
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isEqualTo("Octopus conference in the browser");
	}

	/** The French tab at a phone's and a desktop's width, for a person to look at. */
	private void screenshots() {
		try {
			Path folder = Files.createDirectories(Path.of("target", "screenshots"));
			for (int width : new int[] { 390, 1280 }) {
				this.browser.manage().window().setSize(new Dimension(width, 1400));
				Files.write(folder.resolve("editor-french-tab-" + width + ".png"),
						this.browser.getScreenshotAs(OutputType.BYTES));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void signIn() {
		open("/login");
		this.browser.findElement(By.id("username")).sendKeys(this.users.editor().getEmail());
		this.browser.findElement(By.id("password")).sendKeys(TestUsers.PASSWORD, Keys.ENTER);
		new WebDriverWait(this.browser, Duration.ofSeconds(10))
			.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".admin-header")));
	}

	private void open(String path) {
		this.browser.get("http://127.0.0.1:" + this.port + path);
	}

	private void click(WebElement element) {
		((JavascriptExecutor) this.browser)
			.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
		element.click();
	}

	private void submit(WebElement button) {
		WebElement page = this.browser.findElement(By.tagName("html"));
		click(button);
		Chrome.waitUntilLeft(this.browser, page);
	}

}
