package org.treatyportal.news;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import org.treatyportal.support.Chrome;
import org.treatyportal.support.MutableClock;
import org.treatyportal.support.PortalIntegrationTest;
import org.treatyportal.users.TestUsers;
import org.treatyportal.users.User;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An editor writes and schedules a press release in a real browser, with the toolbar of
 * the rich text editor; it appears on the public site only once its time has come.
 */
@PortalIntegrationTest
class PressReleaseBrowserTests {

	private static final Instant NOW = Instant.parse("2034-05-01T08:00:00Z");

	@LocalServerPort
	private int port;

	@Autowired
	private TestUsers users;

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
	void editorWritesAFormattedPressReleaseThatAppearsAtItsScheduledTime() {
		User editor = this.users.editor();
		signIn(editor);
		open("/admin/press-releases/new");

		this.browser.findElement(By.id("title")).sendKeys("Browser-written embargoed press release");
		this.browser.findElement(By.id("uploads")).sendKeys(pngFile().toString());
		submit(this.browser.findElement(By.cssSelector("button[name=action][value=save]")));
		assertThat(this.browser.findElement(By.cssSelector(".alert--success")).getText())
			.isEqualTo("Draft saved. It is not on the site.");

		WebElement area = this.browser.findElement(By.cssSelector(".rte-area"));
		area.click();
		area.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
		area.sendKeys("The Convention gains ");
		command("bold");
		area.sendKeys("two new Parties");
		command("bold");
		area.sendKeys(".", Keys.ENTER);
		command("ul");
		area.sendKeys("First ratification", Keys.ENTER, "Second ratification", Keys.ENTER, Keys.ENTER);
		area.sendKeys("Read the treaty: ");
		command("link");
		dialogInput("url").sendKeys("/treaties/185");
		this.browser.findElement(By.cssSelector("dialog.rte-dialog[open] button[value=insert]")).click();
		area.sendKeys(Keys.END, Keys.ENTER);
		command("image");
		new Select(this.browser.findElement(By.cssSelector("dialog.rte-dialog[open] select[name=choice]")))
			.selectByVisibleText("signing-ceremony.png");
		dialogInput("alt").sendKeys("The signing ceremony");
		this.browser.findElement(By.cssSelector("dialog.rte-dialog[open] button[value=insert]")).click();
		((JavascriptExecutor) this.browser).executeScript("arguments[0].value = '2034-05-03T09:30'",
				this.browser.findElement(By.id("publishAt")));
		submit(this.browser.findElement(By.cssSelector("button[name=action][value=publish]")));

		assertThat(this.browser.findElement(By.cssSelector(".alert--success")).getText())
			.isEqualTo("Saved. Scheduled for 3 May 2034, 09:30 (Paris time).");
		assertThat(this.browser.findElement(By.cssSelector(".toolbar .status")).getText())
			.isEqualToIgnoringCase("Scheduled");
		String publicPath = "/press-releases/browser-written-embargoed-press-release";

		this.clock.setInstant(Instant.parse("2034-05-03T07:29:00Z"));
		signOut();
		open(publicPath);
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isEqualTo("Page not found");
		open("/press-releases");
		assertThat(this.browser.getPageSource()).doesNotContain("Browser-written embargoed press release");

		this.clock.setInstant(Instant.parse("2034-05-03T07:30:00Z"));
		open(publicPath);
		assertThat(this.browser.findElement(By.tagName("h1")).getText())
			.isEqualTo("Browser-written embargoed press release");
		WebElement body = this.browser.findElement(By.cssSelector(".article__body"));
		assertThat(body.findElement(By.tagName("strong")).getText()).isEqualTo("two new Parties");
		assertThat(body.findElements(By.cssSelector("ul > li"))).extracting(WebElement::getText)
			.containsExactly("First ratification", "Second ratification");
		assertThat(body.findElement(By.cssSelector("a[href='/treaties/185']")).getText()).isEqualTo("/treaties/185");
		WebElement image = body.findElement(By.tagName("img"));
		assertThat(image.getAttribute("alt")).isEqualTo("The signing ceremony");
		assertThat(
				((Number) ((JavascriptExecutor) this.browser).executeScript("return arguments[0].naturalWidth", image))
					.intValue())
			.as("the image loads for visitors")
			.isEqualTo(40);
		assertThat(cspViolations()).isEmpty();
	}

	/** A small real PNG, as an editor would upload. */
	private static Path pngFile() {
		try {
			Path file = Files.createTempDirectory("upload").resolve("signing-ceremony.png");
			BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
			ImageIO.write(image, "png", file.toFile());
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void signIn(User user) {
		open("/login");
		this.browser.findElement(By.id("username")).sendKeys(user.getEmail());
		this.browser.findElement(By.id("password")).sendKeys(TestUsers.PASSWORD, Keys.ENTER);
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isEqualTo("Dashboard");
	}

	private void signOut() {
		submit(this.browser.findElement(By.cssSelector(".admin-header__account button")));
	}

	private void open(String path) {
		this.browser.get("http://127.0.0.1:" + this.port + path);
	}

	private void command(String name) {
		click(this.browser.findElement(By.cssSelector(".rte-toolbar button[data-command=" + name + "]")));
	}

	private void click(WebElement element) {
		((JavascriptExecutor) this.browser)
			.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
		element.click();
	}

	/** Clicks a button that sends its form, and waits for the page that answers. */
	private void submit(WebElement button) {
		WebElement page = this.browser.findElement(By.tagName("html"));
		click(button);
		Chrome.waitUntilLeft(this.browser, page);
	}

	private WebElement dialogInput(String name) {
		return this.browser.findElement(By.cssSelector("dialog.rte-dialog[open] input[name=" + name + "]"));
	}

	private List<String> cspViolations() {
		return this.browser.manage()
			.logs()
			.get(LogType.BROWSER)
			.getAll()
			.stream()
			.map(LogEntry::getMessage)
			.filter((message) -> message.contains("Content Security Policy"))
			.toList();
	}

}
