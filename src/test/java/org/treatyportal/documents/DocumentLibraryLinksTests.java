package org.treatyportal.documents;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import org.treatyportal.support.PortalIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.treatyportal.support.Html.page;

/**
 * The document library is reachable from every page: the main navigation and the footer
 * lead to it, and the navigation marks it while a visitor is there.
 */
@PortalIntegrationTest
class DocumentLibraryLinksTests {

	@Autowired
	private MockMvc mvc;

	@Test
	void mainNavigationAndFooterLeadToTheLibrary() throws Exception {
		this.mvc.perform(get("/")).andExpect(page((html) -> {
			assertThat(html.select(".site-nav a").eachAttr("href")).contains("/documents");
			assertThat(html.select(".site-footer a").eachAttr("href")).contains("/documents");
		}));
		this.mvc.perform(get("/documents"))
			.andExpect(page((html) -> assertThat(html.select(".site-nav a[aria-current=page]").attr("href"))
				.isEqualTo("/documents")));
	}

}
