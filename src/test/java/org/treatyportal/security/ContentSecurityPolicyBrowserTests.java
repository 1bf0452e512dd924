package org.treatyportal.security;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Level;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import org.treatyportal.support.Chrome;
import org.treatyportal.support.PortalIntegrationTest;
import org.treatyportal.users.TestUsers;
import org.treatyportal.users.User;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The site works with its Content-Security-Policy in a real browser: headless Chromium
 * opens the public pages and, signed in as an admin, every admin page without a path
 * variable (found from the handler mappings, so new pages are covered), and its console
 * reports nothing that the policy blocked. Skipped where no Chromium is installed, and
 * failed in CI (see {@link Chrome}).
 */
@PortalIntegrationTest
class ContentSecurityPolicyBrowserTests {

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	@LocalServerPort
	private int port;

	@Autowired
	private TestUsers users;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	private RequestMappingHandlerMapping handlerMapping;

	private WebDriver browser;

	@BeforeEach
	void openBrowser() {
		Chrome.assumeInstalled();
		ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
			.addArguments("--headless=new", "--window-size=1280,1600", "--no-sandbox", "--disable-gpu",
					"--disable-dev-shm-usage", "--no-first-run", "--disable-background-networking",
					"--disable-component-update", "--disable-sync");
		LoggingPreferences logging = new LoggingPreferences();
		logging.enable(LogType.BROWSER, Level.ALL);
		options.setCapability("goog:loggingPrefs", logging);
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		this.browser = new ChromeDriver(service, options);
		this.browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
	}

	@AfterEach
	void closeBrowser() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void noPageHasAnythingBlockedByThePolicy() {
		List<String> blocked = new ArrayList<>();
		for (String path : List.of("/", "/news", "/press-releases", "/login")) {
			visit(path, blocked);
		}
		User admin = this.users.admin();
		this.browser.get(url("/login"));
		this.browser.findElement(By.id("username")).sendKeys(admin.getEmail());
		this.browser.findElement(By.id("password")).sendKeys(TestUsers.PASSWORD);
		this.browser.findElement(By.id("password")).submit();
		assertThat(this.browser.getCurrentUrl()).endsWith("/admin");
		for (String path : adminPages()) {
			visit(path, blocked);
		}

		assertThat(blocked).as("console messages about blocked content").isEmpty();
	}

	private void visit(String path, List<String> blocked) {
		this.browser.get(url(path));
		for (LogEntry entry : this.browser.manage().logs().get(LogType.BROWSER)) {
			String message = entry.getMessage();
			if (message.contains("Content Security Policy") || message.contains("Refused to")
					|| message.contains("Permissions-Policy")) {
				blocked.add(path + ": " + message);
			}
		}
	}

	private Set<String> adminPages() {
		Set<String> pages = new TreeSet<>();
		this.handlerMapping.getHandlerMethods().keySet().forEach((info) -> {
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			if (methods.isEmpty() || methods.contains(RequestMethod.GET)) {
				info.getPatternValues()
					.stream()
					.filter((pattern) -> pattern.startsWith("/admin") && !pattern.contains("{")
							&& !pattern.contains("*"))
					.forEach(pages::add);
			}
		});
		assertThat(pages).contains("/admin", "/admin/users", "/admin/account/two-factor");
		return pages;
	}

	private String url(String path) {
		return "http://127.0.0.1:" + this.port + path;
	}

}
