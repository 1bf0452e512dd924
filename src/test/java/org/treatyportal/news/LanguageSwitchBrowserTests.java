package org.treatyportal.news;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

import org.treatyportal.support.Chrome;
import org.treatyportal.support.MutableClock;
import org.treatyportal.support.PortalIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A visitor reading a news item in English switches to French in a real browser and lands
 * on the same item's French version, at its own address.
 */
@PortalIntegrationTest
class LanguageSwitchBrowserTests {

	private static final Instant NOW = Instant.parse("2034-09-01T08:00:00Z");

	@LocalServerPort
	private int port;

	@Autowired
	private TestArticles articles;

	@Autowired
	private ArticleRepository repository;

	@Autowired
	private TransactionTemplate transaction;

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
	void visitorSwitchesToFrenchAndReadsTheFrenchVersion() {
		Article article = this.articles.news("Judges trained in Colombo").publishedAt(NOW).save();
		change(article.getId(), (item) -> item.translate("fr", "fr-" + article.getSlug(), "Des juges formés à Colombo",
				"Un atelier de deux jours.", "<p>Texte en français.</p>", NOW));
		this.browser.get("http://localhost:" + this.port + "/news/" + article.getSlug());
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isEqualTo("Judges trained in Colombo");

		this.browser.findElement(By.cssSelector(".language-switch a[hreflang=fr]")).click();

		new WebDriverWait(this.browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/fr/news/"));
		assertThat(this.browser.getCurrentUrl()).endsWith("/fr/news/fr-" + article.getSlug());
		assertThat(this.browser.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("fr");
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isEqualTo("Des juges formés à Colombo");
		assertThat(this.browser.findElements(By.cssSelector(".language-fallback"))).isEmpty();
	}

	private void change(long id, Consumer<Article> change) {
		this.transaction.executeWithoutResult((status) -> change.accept(this.repository.findById(id).orElseThrow()));
	}

}
