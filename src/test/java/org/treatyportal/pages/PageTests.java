package org.treatyportal.pages;

import java.util.List;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import org.treatyportal.support.EditorTestSupport;
import org.treatyportal.support.PortalIntegrationTest;
import org.treatyportal.users.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.treatyportal.support.Html.page;
import static org.treatyportal.users.TestUsers.as;

/**
 * Static pages at {@code /{slug}} and the site menu that admins order.
 */
@PortalIntegrationTest
class PageTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestUsers users;

	@Autowired
	private PageRepository pages;

	@Test
	void publishedPageIsServedAtItsSlugAndDraftsAreNot() throws Exception {
		RequestPostProcessor editor = as(this.users.editor());
		create(editor, "Page published 4411", "publish", false);
		create(editor, "Page draft 4411", "save", false);

		this.mvc.perform(get("/page-published-4411")).andExpect(status().isOk()).andExpect(page((html) -> {
			assertThat(html.select("h1").text()).isEqualTo("Page published 4411");
			assertThat(html.select(".article__body").html()).contains("Body of Page published 4411");
		}));
		this.mvc.perform(get("/page-draft-4411")).andExpect(status().isNotFound());
		this.mvc.perform(get("/no-such-page-at-all")).andExpect(status().isNotFound());
	}

	@Test
	void menuShowsPublishedMenuPagesInTheOrderAdminsGive() throws Exception {
		RequestPostProcessor editor = as(this.users.editor());
		long first = create(editor, "Menu first 5522", "publish", true);
		long second = create(editor, "Menu second 5522", "publish", true);
		create(editor, "Menu draft 5522", "save", true);

		assertThat(menu()).containsSubsequence("Menu first 5522", "Menu second 5522").doesNotContain("Menu draft 5522");

		this.mvc.perform(post("/admin/pages/menu/" + second + "/up").with(editor).with(csrf()))
			.andExpect(redirectedUrl("/admin/pages/menu"));

		assertThat(menu()).containsSubsequence("Menu second 5522", "Menu first 5522");
		this.mvc.perform(get("/admin/pages/menu").with(editor))
			.andExpect(status().isOk())
			.andExpect(page((html) -> assertThat(html.select(".menu-order a").eachText())
				.containsSubsequence("Menu second 5522", "Menu first 5522", "Menu draft 5522")));
		assertThat(this.pages.findById(first).orElseThrow().getMenuPosition())
			.isGreaterThan(this.pages.findById(second).orElseThrow().getMenuPosition());
	}

	@Test
	void footerLinksItsPagesInThePagesLanguageAndFollowsARenamedSlug() throws Exception {
		RequestPostProcessor editor = as(this.users.editor());
		long id = EditorTestSupport.idFrom(
				this.mvc
					.perform(post("/admin/pages").with(editor)
						.with(csrf())
						.param("title", "Footer contact 7744")
						.param("body", "<p>Write to us.</p>")
						.param("inFooter", "true")
						.param("translations[fr].title", "Contact pied 7744")
						.param("translations[fr].slug", "contact-pied-7744")
						.param("action", "publish"))
					.andExpect(status().isFound())
					.andReturn());
		create(editor, "Not in footer 7744", "publish", false);

		assertThat(footer("/news")).contains("Footer contact 7744").doesNotContain("Not in footer 7744");
		assertThat(footer("/fr/news")).contains("Contact pied 7744");
		this.mvc.perform(get("/fr/news"))
			.andExpect(page(
					(html) -> assertThat(html.select(".site-footer__pages a[href=/fr/contact-pied-7744]")).hasSize(1)));
		this.mvc
			.perform(post("/admin/pages/" + id).with(editor)
				.with(csrf())
				.param("version", String.valueOf(EditorTestSupport.version(this.pages, id)))
				.param("title", "Footer contact 7744")
				.param("slug", "write-to-us-7744")
				.param("inFooter", "true")
				.param("translations[fr].title", "Contact pied 7744")
				.param("translations[fr].slug", "contact-pied-7744"))
			.andExpect(status().isFound());
		this.mvc.perform(get("/news"))
			.andExpect(page((html) -> assertThat(html.select(".site-footer__pages a[href=/write-to-us-7744]").text())
				.isEqualTo("Footer contact 7744")));
	}

	@Test
	void addressesTheSiteUsesAreRefused() throws Exception {
		this.mvc
			.perform(post("/admin/pages").with(as(this.users.editor()))
				.with(csrf())
				.param("title", "News")
				.param("slug", "news")
				.param("body", "<p>kept</p>"))
			.andExpect(status().isOk())
			.andExpect(page((html) -> {
				assertThat(html.select("#slug-error").text()).contains("belongs to the site");
				assertThat(html.select("textarea[name=body]").text()).contains("kept");
			}));
	}

	@Test
	void renamedPageRedirectsAndWithdrawnPageIsGone() throws Exception {
		RequestPostProcessor editor = as(this.users.editor());
		long id = create(editor, "Renamed page 6633", "publish", false);
		StaticPage page = this.pages.findById(id).orElseThrow();

		this.mvc
			.perform(post("/admin/pages/" + id).with(editor)
				.with(csrf())
				.param("version", String.valueOf(page.getVersion()))
				.param("title", "Renamed page 6633")
				.param("slug", "new-name-6633"))
			.andExpect(status().isFound());
		this.mvc.perform(get("/renamed-page-6633"))
			.andExpect(redirectedUrl("/new-name-6633"))
			.andExpect(status().isMovedPermanently());

		this.mvc.perform(post("/admin/pages/" + id + "/withdraw").with(editor)
			.with(csrf())
			.param("version", String.valueOf(EditorTestSupport.version(this.pages, id))));
		this.mvc.perform(get("/new-name-6633")).andExpect(status().isGone());
	}

	private List<String> footer(String path) throws Exception {
		MvcResult result = this.mvc.perform(get(path)).andReturn();
		return Jsoup.parse(result.getResponse().getContentAsString()).select(".site-footer__pages a").eachText();
	}

	private List<String> menu() throws Exception {
		MvcResult result = this.mvc.perform(get("/news")).andReturn();
		return Jsoup.parse(result.getResponse().getContentAsString()).select(".site-menu a").eachText();
	}

	private long create(RequestPostProcessor who, String title, String action, boolean inMenu) throws Exception {
		MvcResult result = this.mvc
			.perform(post("/admin/pages").with(who)
				.with(csrf())
				.param("title", title)
				.param("body", "<p>Body of " + title + "</p>")
				.param("inMenu", String.valueOf(inMenu))
				.param("action", action))
			.andExpect(status().isFound())
			.andReturn();
		return EditorTestSupport.idFrom(result);
	}

}
