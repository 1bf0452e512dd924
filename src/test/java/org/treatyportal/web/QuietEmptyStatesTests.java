package org.treatyportal.web;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import org.treatyportal.news.TestArticles;
import org.treatyportal.support.PortalIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.treatyportal.support.Html.page;

/**
 * Public pages say nothing about what an item lacks: no "Attachments" heading over "No
 * files are attached", no empty "Texts" or list of files, in either language. Those
 * sentences are for editors, in the admin.
 */
@PortalIntegrationTest
class QuietEmptyStatesTests {

	private static final CheckedPages PAGES = new CheckedPages();

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private TestArticles articles;

	@BeforeEach
	void publishItemsWithNothingAttached() {
		PAGES.publish(this.jdbc, this.articles);
	}

	@Test
	void anItemWithNothingAttachedOrRelatedShowsNoEmptySection() throws Exception {
		List<String> items = List.of("/news/lang-news-" + PAGES.suffix(), "/lang-page-" + PAGES.suffix(),
				"/documents/lang-document-" + PAGES.suffix(), "/treaties/" + PAGES.treaty(), "/countries/ee");
		for (String item : items) {
			for (String address : List.of(item, CheckedPages.french(item))) {
				this.mvc.perform(get(address)).andExpect(status().isOk()).andExpect(page((html) -> {
					assertThat(html.select(".attachments, #texts, .document-languages, main .empty")).as(address)
						.isEmpty();
					assertThat(html.text()).as(address)
						.doesNotContain("No files are attached", "No texts are published", "No news item mentions",
								"No profile has been written", "No file has been published", "Aucun fichier",
								"Aucun texte", "Aucune actualité", "Aucun profil");
				}));
			}
		}
	}

}
