package org.treatyportal.web;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import org.treatyportal.news.TestArticles;
import org.treatyportal.support.Chrome;
import org.treatyportal.support.PortalIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every public page of the README in both languages, in a real Chromium 390 px wide (a
 * phone): nothing wider than the screen, except inside a box that scrolls or clips on
 * purpose (the chart's table); the header folds its menus behind "Menu".
 */
@PortalIntegrationTest
class PhoneLayoutBrowserTests {

	/**
	 * What sticks out of the viewport: the document's own width, then each visible
	 * element whose right edge passes the viewport's and that no scrolling or clipping
	 * box holds.
	 */
	private static final String OVERFLOWS = """
			const width = document.documentElement.clientWidth;
			const found = [];
			if (document.documentElement.scrollWidth > width) {
				found.push('document ' + document.documentElement.scrollWidth + 'px wide');
			}
			const held = (element) => {
				for (let box = element.parentElement; box && box !== document.body; box = box.parentElement) {
					if (['auto', 'scroll', 'hidden', 'clip'].includes(getComputedStyle(box).overflowX)) {
						return true;
					}
				}
				return false;
			};
			for (const element of document.body.querySelectorAll('*')) {
				const box = element.getBoundingClientRect();
				if (box.width === 0 || box.height === 0 || box.right <= width + 0.5
						|| getComputedStyle(element).visibility === 'hidden' || held(element)) {
					continue;
				}
				found.push(element.tagName.toLowerCase() + (element.className ? '.' + element.className : '')
					+ ' "' + (element.textContent || '').trim().substring(0, 40) + '" ends at ' + Math.round(box.right));
			}
			return found;
			""";

	private static final CheckedPages PAGES = new CheckedPages();

	private static ChromeDriver browser;

	@LocalServerPort
	private int port;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private TestArticles articles;

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
	void publishOneItemOfEachKindOnAPhone() {
		PAGES.publish(this.jdbc, this.articles);
		browser.manage().deleteAllCookies();
		browser.manage().window().setSize(new Dimension(390, 844));
	}

	@Test
	@SuppressWarnings("unchecked")
	void noPublicPageIsWiderThanAPhone() {
		open("/");
		assertThat(((Number) browser.executeScript("return window.innerWidth")).intValue()).isLessThanOrEqualTo(390);
		List<String> overflows = new ArrayList<>();
		for (String route : PAGES.publicRoutesInBothLanguages()) {
			open(route);
			for (Object overflow : (List<Object>) browser.executeScript(OVERFLOWS)) {
				overflows.add(route + ": " + overflow);
			}
		}
		assertThat(overflows).as("elements beyond a 390 px screen").isEmpty();
	}

	@Test
	@SuppressWarnings("unchecked")
	void anElementWiderThanThePhoneIsReportedWithItsText() {
		open("/news");
		browser.executeScript("const wide = document.createElement('p'); wide.textContent = 'Too wide';"
				+ " wide.style.width = '600px'; document.querySelector('main').append(wide);");

		assertThat((List<Object>) browser.executeScript(OVERFLOWS))
			.anyMatch((overflow) -> overflow.toString().startsWith("document"))
			.anyMatch((overflow) -> overflow.toString().contains("p \"Too wide\" ends at"));
	}

	@Test
	void theHeaderFoldsItsMenusBehindAButtonThatTheKeyboardOpens() {
		open("/fr/news");
		WebElement header = browser.findElement(By.cssSelector(".site-header"));
		WebElement news = browser.findElement(By.cssSelector(".site-nav__list a[href='/fr/news']"));
		WebElement search = browser.findElement(By.id("site-search-q"));
		assertThat(header.getRect().getHeight()).isLessThan(100);
		assertThat(visible(news)).isFalse();
		assertThat(visible(browser.findElement(By.cssSelector(".language-switch a[hreflang=en]")))).isTrue();

		WebElement menu = browser.findElement(By.cssSelector(".menu-button"));
		assertThat(menu.getText()).isEqualTo("Menu");
		List<String> focused = new ArrayList<>();
		// The skip link shows only once focused: the keyboard reaches it, as a visitor's
		// first Tab does.
		browser.executeScript("arguments[0].focus()", browser.findElement(By.cssSelector(".skip-link")));
		Actions keyboard = new Actions(browser);
		keyboard.sendKeys(Keys.TAB).perform();
		for (int i = 0; i < 3; i++) {
			focused.add(browser.switchTo().activeElement().getText().replace('\n', ' ').toLowerCase());
			if (i < 2) {
				keyboard.sendKeys(Keys.TAB).perform();
			}
		}
		keyboard.sendKeys(Keys.ENTER).perform();
		assertThat(focused).as("the skip link, then")
			.containsExactly(
					browser.findElement(By.cssSelector(".site-brand")).getText().replace('\n', ' ').toLowerCase(),
					"english", "menu");

		assertThat(visible(news)).isTrue();
		assertThat(visible(search)).isTrue();
		assertThat(visible(browser.findElement(By.cssSelector(".site-account--menu a[href$='/login']")))).isTrue();
	}

	@Test
	void onNarrowPhonesTheSiteNameStaysWholeAndTheLanguageLinkClearOfTheMenuButton() {
		for (int width : new int[] { 390, 360 }) {
			browser.manage().window().setSize(new Dimension(width, 844));
			open("/fr/");
			// A phone lays its scrollbar over the page: the page has the screen's whole
			// width.
			browser.executeScript("document.documentElement.style.scrollbarWidth = 'none'");
			WebElement name = browser.findElement(By.cssSelector(".site-brand__name"));
			WebElement language = browser.findElement(By.cssSelector(".language-switch a[hreflang=en]"));
			WebElement menu = browser.findElement(By.cssSelector(".menu-button"));

			Number lines = (Number) browser.executeScript(
					"const range = document.createRange(); range.selectNodeContents(arguments[0]);"
							+ " return new Set([...range.getClientRects()].map((line) => Math.round(line.top))).size;",
					name);
			assertThat(lines.intValue()).as(width + " px: lines of \"" + name.getText() + "\"").isEqualTo(1);
			assertThat(language.getRect().getX() + language.getRect().getWidth())
				.as(width + " px: the language link ends at least 8 px before the button")
				.isLessThanOrEqualTo(menu.getRect().getX() - 8);
		}
	}

	@Test
	void wideScreensShowTheMenusWithoutAButton() {
		browser.manage().window().setSize(new Dimension(1280, 900));
		open("/news");

		assertThat(visible(browser.findElement(By.cssSelector(".site-nav__list a[href='/news']")))).isTrue();
		assertThat(visible(browser.findElement(By.id("site-search-q")))).isTrue();
		assertThat(visible(browser.findElement(By.cssSelector(".site-account--bar a[href='/login']")))).isTrue();
		assertThat(browser.findElements(By.cssSelector(".menu-button, .site-account--menu"))
			.stream()
			.filter(PhoneLayoutBrowserTests::visible)).isEmpty();
	}

	@Test
	void theChartsStateColumnStaysWhileItsDatesScroll() {
		open("/treaties/" + PAGES.treaty() + "/chart");
		WebElement state = browser.findElement(By.cssSelector(".chart-table tbody th[scope=row]"));
		WebElement signature = browser.findElement(By.cssSelector(".chart-table tbody td"));
		int stateLeft = state.getRect().getX();
		int signatureLeft = signature.getRect().getX();

		browser.executeScript("for (const box of document.querySelectorAll('.chart-table, "
				+ ".table-scroll')) { box.scrollLeft = 120; }");

		assertThat(state.getRect().getX()).isEqualTo(stateLeft);
		assertThat(signature.getRect().getX()).isLessThan(signatureLeft);
		WebElement caption = browser.findElement(By.cssSelector(".chart-table caption span"));
		assertThat(caption.getRect().getX() + caption.getRect().getWidth()).isLessThanOrEqualTo(390);
	}

	private static boolean visible(WebElement element) {
		return (Boolean) browser.executeScript(
				"return arguments[0].checkVisibility({ visibilityProperty: true }) && arguments[0].getClientRects().length > 0",
				element);
	}

	private void open(String path) {
		browser.get("http://127.0.0.1:" + this.port + path);
	}

}
