package org.treatyportal.publishing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import org.treatyportal.support.Chrome;
import org.treatyportal.support.PortalIntegrationTest;
import org.treatyportal.users.TestUsers;
import org.treatyportal.users.User;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rich text editor in a real browser: its words in the editor's interface language,
 * its toolbar's names, pasting from word processors, and drafts kept in the browser.
 */
@PortalIntegrationTest
class EditorBrowserTests {

	/** Screenshots for a person to look at, under target/. */
	static final Path SCREENSHOTS = Path.of("target/screenshots");

	@LocalServerPort
	private int port;

	@Autowired
	private TestUsers users;

	@Autowired
	private JdbcTemplate jdbc;

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
	void theToolbarAndTheDialogsSpeakTheEditorsInterfaceLanguage() {
		signIn(editorIn("fr"), "Tableau de bord");
		open("/admin/news/new");

		WebElement toolbar = this.browser.findElement(By.cssSelector(".rte-toolbar"));
		assertThat(toolbar.getAttribute("aria-label")).isEqualTo("Mise en forme");
		assertThat(button("bold").getAttribute("aria-label")).isEqualTo("Gras");
		assertThat(button("bold").getText()).isEqualTo("G");
		assertThat(button("ol").getText()).contains("Numérotation");
		assertThat(button("ol").getAttribute("title")).isEqualTo("Liste numérotée");
		assertThat(button("undo").getAttribute("title")).startsWith("Annuler");
		click(this.browser.findElement(By.cssSelector(".rte-area")));
		click(button("link"));
		WebElement dialog = this.browser.findElement(By.cssSelector("dialog.rte-dialog[open]"));
		assertThat(dialog.findElement(By.tagName("h2")).getText()).isEqualTo("Insérer le lien");
		assertThat(dialog.findElement(By.cssSelector("button[value=cancel]")).getText()).isEqualTo("Annuler");
		dialog.findElement(By.cssSelector("input[name=url]")).sendKeys("javascript:alert(1)");
		click(dialog.findElement(By.cssSelector("button[value=insert]")));
		assertThat(dialog.findElement(By.cssSelector(".rte-dialog__error")).getText())
			.isEqualTo("Les adresses commençant par javascript: ou data: ne sont pas autorisées");
		assertThat(missingWords()).isEmpty();
		click(dialog.findElement(By.cssSelector("button[value=cancel]")));
		signOut();

		signIn(editorIn("en"), "Dashboard");
		open("/admin/news/new");
		assertThat(this.browser.findElement(By.cssSelector(".rte-toolbar")).getAttribute("aria-label"))
			.isEqualTo("Formatting");
		assertThat(button("bold").getAttribute("aria-label")).isEqualTo("Bold");
		assertThat(button("ol").getText()).contains("Numbering");
		click(this.browser.findElement(By.cssSelector(".rte-area")));
		click(button("link"));
		assertThat(this.browser.findElement(By.cssSelector("dialog.rte-dialog[open] h2")).getText())
			.isEqualTo("Insert link");
		assertThat(missingWords()).isEmpty();
	}

	/**
	 * WCAG 2.5.3, label in name: a voice user says what they see. Every toolbar button's
	 * accessible name contains its visible text (the decorative signs are hidden).
	 */
	@Test
	void everyToolbarButtonsNameContainsItsVisibleText() {
		for (String language : List.of("en", "fr")) {
			signIn(editorIn(language), "en".equals(language) ? "Dashboard" : "Tableau de bord");
			open("/admin/news/new");
			@SuppressWarnings("unchecked")
			List<Map<String, String>> buttons = (List<Map<String, String>>) script(
					"""
							return Array.from(document.querySelectorAll('.rte-toolbar button')).map((b) => {
							  const visible = Array.from(b.querySelectorAll('span:not([aria-hidden])'))
							    .map((s) => s.textContent).join(' ').trim();
							  const shown = b.innerText.replace(/\\s+/g, ' ').trim();
							  const spoken = Array.from(b.childNodes).filter((n) => !(n.getAttribute && n.getAttribute('aria-hidden')))
							    .map((n) => n.textContent).join(' ').trim();
							  return { command: b.dataset.command || b.className, shown: shown, visible: visible,
							    name: (b.getAttribute('aria-label') || spoken).toLowerCase() };
							});""");
			assertThat(buttons).hasSizeGreaterThan(10);
			for (Map<String, String> button : buttons) {
				// A sign alone (the pilcrow) is not text: only letters and digits count.
				String visible = button.get("visible").isEmpty()
						? button.get("shown").replaceAll("[^\\p{L}\\p{N}\\s]", "").strip() : button.get("visible");
				assertThat(button.get("name"))
					.as("%s (%s): name contains what it shows", button.get("command"), language)
					.contains(visible.toLowerCase());
			}
			signOut();
		}
	}

	/**
	 * Clipboard HTML as Word, LibreOffice and Google Docs put it there (see
	 * docs/adr/0021): pasted into the editor by a real paste event, it keeps headings,
	 * lists, links, bold, italic and tables, and nothing of their styles, classes,
	 * comments or wrappers.
	 */
	@Test
	void pastingFromWordProcessorsKeepsTheStructureAndDropsTheirStyling() {
		signIn(editorIn("en"), "Dashboard");
		open("/admin/news/new");
		for (String program : List.of("word", "libreoffice", "google-docs")) {
			String clipboard = fixture(program + ".html");
			String expected = fixture(program + ".expected.html").strip();

			String pasted = (String) script(
					"""
							const area = document.querySelector('.rte-area');
							area.focus();
							area.innerHTML = '<p><br></p>';
							const caret = document.createRange();
							caret.setStart(area.firstChild, 0);
							getSelection().removeAllRanges();
							getSelection().addRange(caret);
							const data = new DataTransfer();
							data.setData('text/html', arguments[0]);
							data.setData('text/plain', 'the plain text version');
							area.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
							return document.getElementById('body').value;""",
					clipboard);
			assertThat(pasted).as("%s pasted into the editor", program).isEqualTo(expected);
			assertThat(script("return TreatyPortalEditor.serialize(TreatyPortalEditor.clean(arguments[0]))", clipboard))
				.as("%s through the cleaning function", program)
				.isEqualTo(expected);
		}
	}

	/**
	 * The toolbar is one row at 1280 px in both languages; the rarer commands are in a
	 * "More" menu that works with the keyboard alone.
	 */
	@Test
	void theToolbarFitsOneRowAndItsMoreMenuWorksWithTheKeyboard() {
		for (String language : List.of("fr", "en")) {
			signIn(editorIn(language), "en".equals(language) ? "Dashboard" : "Tableau de bord");
			this.browser.manage().window().setSize(new Dimension(1280, 1000));
			open("/admin/news/new");
			screenshot("editor-" + language, 390);
			screenshot("editor-" + language, 1280);
			@SuppressWarnings("unchecked")
			List<Number> tops = (List<Number>) script(
					"return Array.from(document.querySelector('.rte-toolbar').querySelectorAll(':scope > .rte-toolbar__group > button'))"
							+ ".map((b) => Math.round(b.getBoundingClientRect().top))");
			assertThat(tops.stream().distinct().toList()).as("the toolbar's rows at 1280 px (%s): %s", language,
					script("return document.querySelector('.rte-toolbar').clientWidth + ' ' + "
							+ "Array.from(document.querySelector('.rte-toolbar').querySelectorAll('button')).map((b) => b.offsetWidth)"))
				.hasSize(1);
			if ("en".equals(language)) {
				keyboardThroughTheMoreMenu();
			}
			signOut();
		}
	}

	/**
	 * Typing, then leaving without saving: the form asks first, and coming back offers
	 * the text back; after saving there is nothing to offer.
	 */
	@Test
	void unsavedChangesAreKeptInTheBrowserAndOfferedBack() {
		signIn(editorIn("en"), "Dashboard");
		open("/admin/news/new");
		this.browser.findElement(By.id("title")).sendKeys("Kept in the browser");
		WebElement area = this.browser.findElement(By.cssSelector(".rte-area"));
		click(area);
		area.sendKeys("Typed before the reload.");

		reloadLeavingChanges();
		WebElement offer = this.browser.findElement(By.cssSelector(".autosave-offer"));
		assertThat(offer.getText()).startsWith("Restore unsaved changes from ");
		screenshot("autosave-offer", 390, ".autosave-offer");
		screenshot("autosave-offer", 1280, ".autosave-offer");
		assertThat(this.browser.findElement(By.id("title")).getAttribute("value")).isEmpty();
		click(offer.findElement(By.cssSelector("button[data-autosave=restore]")));
		assertThat(this.browser.findElements(By.cssSelector(".autosave-offer"))).isEmpty();
		assertThat(this.browser.findElement(By.id("title")).getAttribute("value")).isEqualTo("Kept in the browser");
		assertThat(this.browser.findElement(By.cssSelector(".rte-area")).getText())
			.isEqualTo("Typed before the reload.");
		assertThat((String) script("return document.getElementById('body').value"))
			.isEqualTo("<p>Typed before the reload.</p>");

		submit(this.browser.findElement(By.cssSelector("button[name=action][value=save]")));
		assertThat(this.browser.findElement(By.cssSelector(".alert--success")).getText()).isNotEmpty();
		assertThat(this.browser.findElements(By.cssSelector(".autosave-offer"))).isEmpty();
		assertThat(leavingAsksFirst()).as("nothing unsaved after saving").isFalse();
		assertThat((List<?>) script(
				"return Object.keys(localStorage).filter((k) => k.startsWith('treaty-portal.draft:'))"))
			.isEmpty();
		String itemForm = this.browser.getCurrentUrl();
		open("/admin/news");
		this.browser.get(itemForm);
		assertThat(this.browser.findElements(By.cssSelector(".autosave-offer"))).isEmpty();
	}

	/**
	 * A kept copy carries the version its typing began from: restored after someone else
	 * saved, saving it meets the stale-save check instead of overwriting their save.
	 */
	@Test
	void aRestoredCopyStillMeetsTheStaleSaveCheck() {
		signIn(editorIn("fr"), "Tableau de bord");
		open("/admin/news/new");
		this.browser.findElement(By.id("title")).sendKeys("Version check");
		submit(this.browser.findElement(By.cssSelector("button[name=action][value=save]")));
		submit(this.browser.findElement(By.cssSelector("button[name=action][value=save]")));
		String version = this.browser.findElement(By.cssSelector("form.editor-form input[name=version]"))
			.getAttribute("value");
		assertThat(Long.parseLong(version)).isPositive();

		WebElement area = this.browser.findElement(By.cssSelector(".rte-area"));
		click(area);
		area.sendKeys("Typed on an older version.");
		reloadLeavingChanges();
		assertThat(this.browser.findElements(By.cssSelector(".autosave-offer"))).hasSize(1);
		// The kept copy as it would be had the typing begun before the last save.
		script("""
				const key = Object.keys(localStorage).find((k) => k.startsWith('treaty-portal.draft:'));
				const draft = JSON.parse(localStorage.getItem(key));
				draft.fields.find((field) => field[0] === 'version')[1] = String(arguments[0]);
				localStorage.setItem(key, JSON.stringify(draft));""", Long.parseLong(version) - 1);
		WebElement page = this.browser.findElement(By.tagName("html"));
		this.browser.navigate().refresh();
		Chrome.waitUntilLeft(this.browser, page);

		WebElement offer = this.browser.findElement(By.cssSelector(".autosave-offer"));
		assertThat(offer.getText()).startsWith("Rétablir les modifications non enregistrées (");
		click(offer.findElement(By.cssSelector("button[data-autosave=restore]")));
		assertThat(
				this.browser.findElement(By.cssSelector("form.editor-form input[name=version]")).getAttribute("value"))
			.isEqualTo(String.valueOf(Long.parseLong(version) - 1));
		submit(this.browser.findElement(By.cssSelector("button[name=action][value=save]")));

		assertThat(this.browser.findElements(By.cssSelector(".conflict"))).isNotEmpty();
		assertThat(this.browser.findElements(By.cssSelector(".alert--success"))).isEmpty();
	}

	/**
	 * Reloads the page after checking that leaving it now would ask first (the
	 * beforeunload handler cancels the event; WebDriver itself accepts such a prompt).
	 */
	private void reloadLeavingChanges() {
		assertThat(leavingAsksFirst()).as("leaving with unsaved changes asks first").isTrue();
		WebElement page = this.browser.findElement(By.tagName("html"));
		this.browser.navigate().refresh();
		try {
			this.browser.switchTo().alert().accept();
		}
		catch (NoAlertPresentException ex) {
			// WebDriver accepted it already.
		}
		Chrome.waitUntilLeft(this.browser, page);
	}

	private boolean leavingAsksFirst() {
		return (Boolean) script("""
				const leaving = new Event('beforeunload', { cancelable: true });
				window.dispatchEvent(leaving);
				return leaving.defaultPrevented;""");
	}

	private void keyboardThroughTheMoreMenu() {
		WebElement area = this.browser.findElement(By.cssSelector(".rte-area"));
		click(area);
		area.sendKeys("Before the table");
		area.sendKeys(Keys.chord(Keys.ALT, Keys.F10));
		WebElement more = this.browser.findElement(By.cssSelector(".rte-button--more"));
		this.browser.switchTo().activeElement().sendKeys(Keys.END);
		assertThat(this.browser.switchTo().activeElement()).isEqualTo(more);
		assertThat(more.getAttribute("aria-expanded")).isEqualTo("false");

		more.sendKeys(Keys.ENTER);
		assertThat(more.getAttribute("aria-expanded")).isEqualTo("true");
		assertThat(this.browser.switchTo().activeElement().getAttribute("data-command")).isEqualTo("blockquote");
		this.browser.switchTo().activeElement().sendKeys(Keys.ESCAPE);
		assertThat(more.getAttribute("aria-expanded")).isEqualTo("false");
		assertThat(this.browser.switchTo().activeElement()).isEqualTo(more);

		more.sendKeys(Keys.ARROW_DOWN);
		this.browser.switchTo().activeElement().sendKeys(Keys.ARROW_DOWN);
		WebElement table = this.browser.switchTo().activeElement();
		assertThat(table.getAttribute("data-command")).isEqualTo("table");
		assertThat(table.getAttribute("role")).isEqualTo("menuitem");
		table.sendKeys(Keys.ENTER);
		assertThat(more.getAttribute("aria-expanded")).isEqualTo("false");
		assertThat(area.findElements(By.cssSelector("table th"))).hasSize(3);
		assertThat((String) script("return document.getElementById('body').value")).contains("<table>")
			.contains("Before the table");
	}

	private static String fixture(String name) {
		try {
			return Files.readString(Path.of("src/test/resources/paste", name));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private User editorIn(String language) {
		User editor = this.users.editor();
		this.jdbc.update("update app_user set interface_language = ? where id = ?", language, editor.getId());
		return editor;
	}

	private List<?> missingWords() {
		return (List<?>) script("return window.TreatyPortalEditor.missingWords");
	}

	private WebElement button(String command) {
		return this.browser.findElement(By.cssSelector(".rte-toolbar button[data-command=" + command + "]"));
	}

	private void signIn(User user, String dashboard) {
		open("/login");
		this.browser.findElement(By.id("username")).sendKeys(user.getEmail());
		this.browser.findElement(By.id("password")).sendKeys(TestUsers.PASSWORD, Keys.ENTER);
		new WebDriverWait(this.browser, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
			.until((driver) -> dashboard.equals(driver.findElement(By.tagName("h1")).getText()));
	}

	private void signOut() {
		submit(this.browser.findElement(By.cssSelector(".admin-header__account button")));
	}

	private void open(String path) {
		this.browser.get("http://127.0.0.1:" + this.port + path);
	}

	private Object script(String code, Object... arguments) {
		return ((JavascriptExecutor) this.browser).executeScript(code, arguments);
	}

	private void click(WebElement element) {
		script("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
		element.click();
	}

	/** Clicks a button that sends its form, and waits for the page that answers. */
	private void submit(WebElement button) {
		WebElement page = this.browser.findElement(By.tagName("html"));
		click(button);
		Chrome.waitUntilLeft(this.browser, page);
	}

	/** Saves a screenshot of the editor at that window width, for a person to look at. */
	void screenshot(String name, int width) {
		screenshot(name, width, ".rte");
	}

	/** Saves a screenshot at that window width with that element in view. */
	void screenshot(String name, int width, String selector) {
		this.browser.manage().window().setSize(new Dimension(width, 1000));
		script("document.querySelector(arguments[0]).scrollIntoView({block: 'center', behavior: 'instant'})", selector);
		try {
			Files.createDirectories(SCREENSHOTS);
			Files.write(SCREENSHOTS.resolve(name + "-" + width + ".png"),
					this.browser.getScreenshotAs(OutputType.BYTES));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
