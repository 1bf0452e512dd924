package org.treatyportal.pages;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import org.treatyportal.support.PortalIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.treatyportal.support.Html.page;

/**
 * Static pages and the site menu in every language: each version at its own slug, the
 * menu linking each page in the best language available.
 */
@PortalIntegrationTest
class PageLanguageTests {

	private static final Instant PUBLISHED = Instant.parse("2001-01-01T00:00:00Z");

	@Autowired
	private MockMvc mvc;

	@Autowired
	private PageRepository pages;

	@Autowired
	private TransactionTemplate transaction;

	@Test
	void frenchVersionAnswersAtItsOwnSlugAndLeadsTheMenu() throws Exception {
		String slug = "p-" + UUID.randomUUID().toString().substring(0, 8);
		String french = "notre-" + slug;
		StaticPage saved = this.transaction.execute((status) -> {
			StaticPage page = new StaticPage(slug, "Our approach in test", PUBLISHED);
			page.getPublication().publish(PUBLISHED);
			page.setMenuPosition(900);
			page.translate("fr", french, "Notre démarche en test", "", "<p>Texte</p>", PUBLISHED);
			return this.pages.save(page);
		});

		try {
			this.mvc.perform(get("/fr/" + french)).andExpect(status().isOk()).andExpect(page((html) -> {
				assertThat(html.select("h1").text()).isEqualTo("Notre démarche en test");
				assertThat(html.select(".site-menu a[href=/fr/" + french + "]").text())
					.isEqualTo("Notre démarche en test");
				assertThat(html.select(".site-menu a[href=/fr/" + french + "]").hasAttr("lang")).isFalse();
				assertThat(html.select(".language-switch a").attr("href")).isEqualTo("/" + slug);
			}));
			this.mvc.perform(get("/fr/" + slug))
				.andExpect(status().isMovedPermanently())
				.andExpect(header().string("Location", "/fr/" + french));
			this.mvc.perform(get("/" + french))
				.andExpect(status().isMovedPermanently())
				.andExpect(header().string("Location", "/" + slug));
		}
		finally {
			this.transaction.executeWithoutResult((status) -> this.pages.deleteById(saved.getId()));
		}
	}

	@Test
	void untranslatedPageIsInTheFrenchMenuMarkedAsEnglish() throws Exception {
		String slug = "p-" + UUID.randomUUID().toString().substring(0, 8);
		StaticPage saved = this.transaction.execute((status) -> {
			StaticPage page = new StaticPage(slug, "English only page", PUBLISHED);
			page.getPublication().publish(PUBLISHED);
			page.setMenuPosition(901);
			return this.pages.save(page);
		});

		try {
			this.mvc.perform(get("/fr/" + slug)).andExpect(status().isOk()).andExpect(page((html) -> {
				assertThat(html.select("h1").attr("lang")).isEqualTo("en");
				assertThat(html.select(".language-fallback")).hasSize(1);
				assertThat(html.select(".site-menu a[href=/fr/" + slug + "]").attr("lang")).isEqualTo("en");
			}));
		}
		finally {
			this.transaction.executeWithoutResult((status) -> this.pages.deleteById(saved.getId()));
		}
	}

}
