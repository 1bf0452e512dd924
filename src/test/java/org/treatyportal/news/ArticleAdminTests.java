package org.treatyportal.news;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import org.treatyportal.publishing.PublicationState;
import org.treatyportal.support.EditorTestSupport;
import org.treatyportal.support.MutableClock;
import org.treatyportal.support.PortalIntegrationTest;
import org.treatyportal.users.TestUsers;
import org.treatyportal.users.User;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.treatyportal.support.Html.page;
import static org.treatyportal.users.TestUsers.as;

/**
 * Editors writing, publishing, scheduling, withdrawing and deleting news items and press
 * releases through the admin screens, with the real security chain and database.
 */
@PortalIntegrationTest
class ArticleAdminTests {

	private static final Instant NOW = Instant.parse("2033-04-01T08:00:00Z");

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestUsers users;

	@Autowired
	private ArticleRepository articles;

	@Autowired
	private MutableClock clock;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void editorSavesADraftThatStaysOffTheSiteThenPublishesIt() throws Exception {
		this.clock.setInstant(NOW);
		RequestPostProcessor editor = as(this.users.editor());

		long id = create(editor, "press-releases", "Estonia pledges support", "save");
		Article draft = this.articles.findById(id).orElseThrow();
		assertThat(draft.getPublication().getState()).isEqualTo(PublicationState.DRAFT);
		assertThat(draft.getSlug()).isEqualTo("estonia-pledges-support");
		this.mvc.perform(get("/press-releases/estonia-pledges-support")).andExpect(status().isNotFound());

		this.mvc
			.perform(edit(editor, "press-releases", id, draft.getVersion()).param("title", "Estonia pledges support")
				.param("slug", "estonia-pledges-support")
				.param("action", "publish"))
			.andExpect(redirectedUrl("/admin/press-releases/" + id))
			.andExpect(flash().attribute("success", "editorial.saved.PUBLISHED"));

		this.mvc.perform(get("/press-releases/estonia-pledges-support")).andExpect(status().isOk());
		this.mvc.perform(get("/admin/press-releases/" + id).with(editor)).andExpect(page((html) -> {
			assertThat(html.select(".publish-panel button[value]").eachText()).containsExactly("Publish changes");
			assertThat(html.select(".publish-panel input[name=publishAt]")).isEmpty();
			assertThat(html.select("#editor-form button[value]").eachText()).containsExactly("Publish changes");
		}));
		assertThat(EditorTestSupport.auditActions(this.jdbc, id, "news", "press-releases")).contains("CREATE",
				"PUBLISH");
		assertThat(revisionCount(id)).isEqualTo(2);
	}

	@Test
	void scheduledPressReleaseAppearsAtItsInstant() throws Exception {
		this.clock.setInstant(NOW);
		RequestPostProcessor editor = as(this.users.editor());

		MvcResult result = this.mvc
			.perform(post("/admin/press-releases").with(editor)
				.with(csrf())
				.param("title", "Embargoed until Monday")
				.param("summary", "Under embargo")
				.param("publishAt", "2033-04-03T09:30")
				.param("action", "publish"))
			.andExpect(status().isFound())
			.andExpect(flash().attribute("success", "editorial.saved.SCHEDULED"))
			.andExpect(flash().attribute("successArgs", new Object[] { "3 April 2033, 09:30", "Paris" }))
			.andReturn();
		long id = EditorTestSupport.idFrom(result);
		this.mvc.perform(get("/admin/press-releases/" + id).with(editor)).andExpect(page((html) -> {
			assertThat(html.select(".toolbar .status-when").text()).isEqualTo("for 3 April 2033, 09:30 (Paris time)");
			assertThat(html.select(".publish-panel .publish-panel__status").text())
				.isEqualTo("Scheduled Scheduled for 3 April 2033, 09:30 (Paris time).");
			assertThat(html.select(".publish-panel button[value]").eachText())
				.containsExactly("Save, keep the schedule", "Publish or reschedule");
		}));

		assertThat(this.articles.findById(id).orElseThrow().getPublication().getPublishAt())
			.isEqualTo(Instant.parse("2033-04-03T07:30:00Z"));
		assertThat(EditorTestSupport.auditActions(this.jdbc, id, "news", "press-releases")).contains("SCHEDULE");
		this.clock.setInstant(Instant.parse("2033-04-03T07:29:59Z"));
		this.mvc.perform(get("/press-releases/embargoed-until-monday")).andExpect(status().isNotFound());
		this.clock.setInstant(Instant.parse("2033-04-03T07:30:00Z"));
		this.mvc.perform(get("/press-releases/embargoed-until-monday")).andExpect(status().isOk());
	}

	@Test
	void validationErrorKeepsEverythingTyped() throws Exception {
		RequestPostProcessor editor = as(this.users.editor());

		this.mvc
			.perform(post("/admin/news").with(editor)
				.with(csrf())
				.param("title", "  ")
				.param("summary", "My careful summary")
				.param("body", "<p>Three paragraphs of <strong>work</strong></p>")
				.param("publishAt", "not a date")
				.param("newCategories", "Fresh topic"))
			.andExpect(status().isOk())
			.andExpect(page((html) -> {
				assertThat(html.select("#title-error").text()).isEqualTo("Please fill this in.");
				assertThat(html.select("#publishAt-error").text()).contains("Enter a date and a time");
				assertThat(html.select("textarea[name=summary]").text()).isEqualTo("My careful summary");
				assertThat(html.select("textarea[name=body]").text()).contains("<strong>work</strong>");
				assertThat(html.select("input[name=newCategories]").val()).isEqualTo("Fresh topic");
				assertThat(html.select("input[name=publishAt]").val()).isEqualTo("not a date");
				assertThat(html.select("#title").attr("aria-invalid")).isEqualTo("true");
			}));
	}

	@Test
	void slugTakenByAnotherItemIsRefusedNextToTheField() throws Exception {
		RequestPostProcessor editor = as(this.users.editor());
		create(editor, "news", "Slug owner unique 7781", "save");

		this.mvc
			.perform(post("/admin/news").with(editor)
				.with(csrf())
				.param("title", "Another item")
				.param("slug", "slug-owner-unique-7781")
				.param("summary", "kept"))
			.andExpect(status().isOk())
			.andExpect(page((html) -> {
				assertThat(html.select("#slug-error").text()).contains("already used");
				assertThat(html.select("textarea[name=summary]").text()).isEqualTo("kept");
			}));
	}

	@Test
	void imageWithoutAltTextIsRefused() throws Exception {
		RequestPostProcessor editor = as(this.users.editor());

		this.mvc
			.perform(post("/admin/news").with(editor)
				.with(csrf())
				.param("title", "With an image")
				.param("body", "<p>See <img src=\"/img/map.png\"></p>"))
			.andExpect(status().isOk())
			.andExpect(page((html) -> assertThat(html.select("#body-error").text()).contains("text alternative")));
	}

	@Test
	void bodyIsSanitisedBeforeItIsStored() throws Exception {
		RequestPostProcessor editor = as(this.users.editor());

		long id = create(editor, "news", "Sanitised body", "save",
				"<p onclick=\"x()\">Hi<script>alert(1)</script></p>");

		assertThat(this.articles.findById(id).orElseThrow().getBody()).isEqualTo("<p>Hi</p>");
	}

	@Test
	void withdrawnItemAnswersGoneAndBackToDraftHidesIt() throws Exception {
		RequestPostProcessor editor = as(this.users.editor());
		long id = create(editor, "news", "To be withdrawn 4410", "publish");
		this.mvc.perform(get("/news/to-be-withdrawn-4410")).andExpect(status().isOk());

		this.mvc
			.perform(post("/admin/news/" + id + "/withdraw").with(editor)
				.with(csrf())
				.param("version", String.valueOf(EditorTestSupport.version(this.articles, id))))
			.andExpect(flash().attribute("success", "editorial.withdrawn"));
		this.mvc.perform(get("/news/to-be-withdrawn-4410")).andExpect(status().isGone());

		this.mvc.perform(post("/admin/news/" + id + "/draft").with(editor)
			.with(csrf())
			.param("version", String.valueOf(EditorTestSupport.version(this.articles, id))));
		this.mvc.perform(get("/news/to-be-withdrawn-4410")).andExpect(status().isNotFound());
		assertThat(EditorTestSupport.auditActions(this.jdbc, id, "news", "press-releases")).contains("WITHDRAW",
				"BACK_TO_DRAFT");
	}

	@Test
	void onlyNeverPublishedDraftsCanBeDeleted() throws Exception {
		RequestPostProcessor editor = as(this.users.editor());
		long published = create(editor, "news", "Published then draft 5521", "publish");
		this.mvc.perform(post("/admin/news/" + published + "/draft").with(editor)
			.with(csrf())
			.param("version", String.valueOf(EditorTestSupport.version(this.articles, published))));
		long draft = create(editor, "news", "Plain draft 5521", "save");

		this.mvc.perform(get("/admin/news/" + draft + "/delete").with(editor)).andExpect(status().isOk());
		this.mvc.perform(post("/admin/news/" + published + "/delete").with(editor).with(csrf()))
			.andExpect(flash().attribute("failure", "editorial.delete.onlyDrafts"));
		this.mvc.perform(post("/admin/news/" + draft + "/delete").with(editor).with(csrf()))
			.andExpect(redirectedUrl("/admin/news"));

		assertThat(this.articles.findById(published)).isPresent();
		assertThat(this.articles.findById(draft)).isEmpty();
		assertThat(revisionCount(draft)).isZero();
	}

	@Test
	void previewShowsUnsavedChangesAsThePublicPageWithoutSaving() throws Exception {
		RequestPostProcessor editor = as(this.users.editor());
		long before = this.articles.count();

		this.mvc
			.perform(post("/admin/news/preview").with(editor)
				.with(csrf())
				.param("title", "Preview only 1212")
				.param("summary", "Not saved")
				.param("body", "<p>Draft <em>text</em></p>"))
			.andExpect(status().isOk())
			.andExpect(page((html) -> {
				assertThat(html.select("h1").text()).isEqualTo("Preview only 1212");
				assertThat(html.select(".article__body em").text()).isEqualTo("text");
				assertThat(html.select(".preview-banner")).isNotEmpty();
				assertThat(html.select("header.site-header")).isNotEmpty();
			}));
		assertThat(this.articles.count()).isEqualTo(before);
		this.mvc.perform(post("/admin/news/preview").with(csrf()).param("title", "x"))
			.andExpect(redirectedUrl("/login"));
	}

	@Test
	void listSearchesByTitleAndFiltersByStatusAndAuthor() throws Exception {
		User author = this.users.editor();
		RequestPostProcessor editor = as(author);
		create(editor, "news", "Needle draft 8181", "save");
		create(editor, "news", "Needle published 8181", "publish");

		this.mvc
			.perform(get("/admin/news").param("q", "needle")
				.param("status", "DRAFT")
				.param("author", author.getId().toString())
				.with(editor))
			.andExpect(status().isOk())
			.andExpect(page((html) -> {
				assertThat(html.select("tbody th a").eachText()).containsExactly("Needle draft 8181");
				assertThat(html.select("tbody .status").text()).isEqualTo("Draft");
				assertThat(html.select("tbody tr").text()).contains(author.getDisplayName());
				assertThat(html.select("#author option[selected]").text()).isEqualTo(author.getDisplayName());
			}));
		this.mvc.perform(get("/admin/news").param("status", "NOT_A_STATUS").with(editor))
			.andExpect(status().isBadRequest());
	}

	@Test
	void adminScreensNeedSignInAndCsrf() throws Exception {
		this.mvc.perform(get("/admin/news")).andExpect(redirectedUrl("/login"));
		this.mvc.perform(post("/admin/news").with(as(this.users.editor())).param("title", "No token"))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/news/999999999").with(as(this.users.editor()))).andExpect(status().isNotFound());
	}

	private long create(RequestPostProcessor who, String kind, String title, String action) throws Exception {
		return create(who, kind, title, action, "<p>Body of " + title + "</p>");
	}

	private long create(RequestPostProcessor who, String kind, String title, String action, String body)
			throws Exception {
		MvcResult result = this.mvc
			.perform(post("/admin/" + kind).with(who)
				.with(csrf())
				.param("title", title)
				.param("summary", "Summary of " + title)
				.param("body", body)
				.param("action", action))
			.andExpect(status().isFound())
			.andReturn();
		return EditorTestSupport.idFrom(result);
	}

	private MockHttpServletRequestBuilder edit(RequestPostProcessor who, String kind, long id, long version) {
		return post("/admin/" + kind + "/" + id).with(who).with(csrf()).param("version", String.valueOf(version));
	}

	private int revisionCount(long id) {
		return this.jdbc.queryForObject("select count(*) from revision where content_id = ?"
				+ " and content_type in ('news', 'press-releases')", Integer.class, id);
	}

}
