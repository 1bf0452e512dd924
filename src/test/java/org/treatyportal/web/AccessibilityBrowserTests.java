package org.treatyportal.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import org.treatyportal.news.TestArticles;
import org.treatyportal.support.Chrome;
import org.treatyportal.support.PortalIntegrationTest;
import org.treatyportal.users.TestUsers;
import org.treatyportal.users.User;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * axe-core in a real headless Chromium over every public page of the README in both
 * languages and every admin form, signed in as an admin: any WCAG 2.1 A or AA violation
 * fails the build with its rule, the elements and the page. One browser walks all pages.
 */
@PortalIntegrationTest
class AccessibilityBrowserTests {

	private static final String AXE = "META-INF/resources/webjars/axe-core/4.6.3/axe.min.js";

	private static final String RUN_AXE = """
			const done = arguments[arguments.length - 1];
			axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
					resultTypes: ['violations'] })
				.then((results) => done(results.violations.map((v) => v.id + ': ' + v.help + ' at '
					+ v.nodes.map((n) => n.target.join(' ')).join(', '))))
				.catch((error) => done(['axe failed: ' + error]));
			""";

	private static final CheckedPages PAGES = new CheckedPages();

	private static ChromeDriver browser;

	@LocalServerPort
	private int port;

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private TestArticles articles;

	@Autowired
	private TestUsers users;

	@BeforeAll
	static void startBrowser() {
		browser = Chrome.start();
	}

	@AfterAll
	static void stopBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	@BeforeEach
	void publishOneItemOfEachKind() {
		PAGES.publish(this.jdbc, this.articles);
	}

	@Test
	void everyPublicPageAndAdminFormMeetsWcag21AA() {
		List<String> violations = new ArrayList<>();
		browser.manage().deleteAllCookies();
		for (String route : PAGES.publicRoutesInBothLanguages()) {
			violations.addAll(axe(route));
		}
		User admin = this.users.admin();
		signIn(admin);
		List<String> forms = CheckedPages.adminForms(this::adminHtml, this.jdbc);
		for (String form : forms) {
			violations.addAll(axe(form));
		}
		assertThat(violations).as("axe-core violations of WCAG 2.1 A and AA").isEmpty();
	}

	@Test
	void editorToolbarButtonsAreNamedByTheWordsTheyShow() {
		signIn(this.users.admin());
		open("/admin/news/new");

		List<WebElement> buttons = browser.findElements(By.cssSelector(".rte-toolbar button"));
		assertThat(buttons).isNotEmpty();
		for (WebElement button : buttons) {
			List<WebElement> text = button.findElements(By.cssSelector(".rte-button__text"));
			if (!text.isEmpty()) {
				assertThat(button.getAttribute("aria-label").toLowerCase()).as(button.getAttribute("data-command"))
					.contains(text.get(0).getText().toLowerCase());
			}
		}
		assertThat(browser.findElement(By.cssSelector(".rte-toolbar button[data-command=ol]")).getText())
			.contains("Numbering");
	}

	@Test
	void axeReportsAViolationWithItsRuleElementAndPage() {
		open("/");
		((org.openqa.selenium.JavascriptExecutor) browser)
			.executeScript("document.querySelector('img, a').removeAttribute('alt');"
					+ " const a = document.createElement('a'); a.href = '/x'; a.id = 'nameless';"
					+ " document.querySelector('main').append(a);");

		assertThat(runAxe("/"))
			.anyMatch((violation) -> violation.startsWith("/: link-name") && violation.contains("#nameless"));
	}

	private List<String> axe(String path) {
		open(path);
		return runAxe(path);
	}

	@SuppressWarnings("unchecked")
	private List<String> runAxe(String path) {
		if (!(Boolean) browser.executeScript("return typeof window.axe === 'object'")) {
			browser.executeScript(axeSource());
		}
		List<String> found = (List<String>) browser.executeAsyncScript(RUN_AXE);
		return found.stream().map((violation) -> path + ": " + violation).toList();
	}

	private String adminHtml(String url) {
		return CheckedPages.html(this.mvc, url, user(this.users.admin().getEmail()).roles("ADMIN"));
	}

	private void signIn(User user) {
		browser.manage().deleteAllCookies();
		open("/login");
		browser.findElement(By.id("username")).sendKeys(user.getEmail());
		browser.findElement(By.id("password")).sendKeys(TestUsers.PASSWORD, Keys.ENTER);
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Dashboard");
	}

	private void open(String path) {
		browser.get("http://127.0.0.1:" + this.port + path);
	}

	private static String axeSource() {
		try (InputStream in = AccessibilityBrowserTests.class.getClassLoader().getResourceAsStream(AXE)) {
			assertThat(in).as(AXE).isNotNull();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
