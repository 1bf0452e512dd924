package org.treatyportal.pages;

import java.time.Instant;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import org.treatyportal.support.MutableClock;
import org.treatyportal.support.PortalIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Static pages for search engines: their metadata and their place in the sitemap.
 */
@PortalIntegrationTest
class PageSearchEngineTests {

	private static final Instant NOW = Instant.parse("2044-02-01T10:00:00Z");

	private static final String BASE = "http://localhost:8080";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private PageRepository pages;

	@Autowired
	private MutableClock clock;

	@Test
	void pageIsDescribedByItsSummaryElseItsText() throws Exception {
		page("seo-summary-6601", "Summary page", "Our approach in one sentence.", NOW.minusSeconds(60));
		page("seo-text-6601", "Text page", "", NOW.minusSeconds(60));
		this.clock.setInstant(NOW);

		Document summary = html("/seo-summary-6601");
		assertThat(summary.select("meta[name=description]").attr("content")).isEqualTo("Our approach in one sentence.");
		assertThat(summary.select("link[rel=canonical]").attr("href")).isEqualTo(BASE + "/seo-summary-6601");
		assertThat(summary.select("meta[property=\"og:title\"]").attr("content")).isEqualTo("Summary page");
		assertThat(summary.select("meta[property=\"og:type\"]").attr("content")).isEqualTo("website");
		assertThat(html("/seo-text-6601").select("meta[name=description]").attr("content"))
			.isEqualTo("Text of Text page.");
	}

	@Test
	void sitemapListsVisiblePagesOnly() throws Exception {
		page("seo-visible-6602", "Visible page", "", NOW.minusSeconds(3600));
		page("seo-scheduled-6602", "Scheduled page", "", NOW.plusSeconds(3600));
		StaticPage draft = new StaticPage("seo-draft-6602", "Draft page", NOW.minusSeconds(7200));
		this.pages.saveAndFlush(draft);
		this.clock.setInstant(NOW);

		String sitemap = this.mvc.perform(get("/sitemap.xml")).andReturn().getResponse().getContentAsString();

		assertThat(sitemap)
			.contains("<url><loc>" + BASE + "/seo-visible-6602</loc><lastmod>2044-02-01T09:00:00Z</lastmod>")
			.doesNotContain("seo-scheduled-6602")
			.doesNotContain("seo-draft-6602");
	}

	private void page(String slug, String title, String summary, Instant publishAt) {
		StaticPage page = new StaticPage(slug, title, publishAt.minusSeconds(7200));
		page.setSummary(summary);
		page.setBody("<p>Text of <em>" + title + "</em>.</p>");
		page.getPublication().publish(publishAt);
		this.pages.saveAndFlush(page);
	}

	private Document html(String path) throws Exception {
		return Jsoup.parse(
				this.mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
	}

}
