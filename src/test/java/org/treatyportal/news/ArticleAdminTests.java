package org.treatyportal.news;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

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
			.andExpect(flash().attribute("success", "editorial.saved"));

		this.mvc.perform(get("/press-releases/estonia-pledges-support")).andExpect(status().isOk());
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
			.andReturn();
		long id = EditorTestSupport.idFrom(result);

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
	void oldAddressesRedirectPermanentlyAfterAnyNumberOfRenames() throws Exception {
		RequestPostProcessor editor = as(this.users.editor());
		long id = create(editor, "news", "First name 9090", "publish");

		rename(editor, id, "second-name-9090");
		rename(editor, id, "third-name-9090");

		for (String old : List.of("first-name-9090", "second-name-9090")) {
			this.mvc.perform(get("/news/" + old))
				.andExpect(status().isMovedPermanently())
				.andExpect(redirectedUrl("/news/third-name-9090"));
		}
		this.mvc.perform(get("/news/third-name-9090")).andExpect(status().isOk());
	}

	@Test
	void staleSaveIsRefusedKeepsTheTextAndShowsTheOtherChanges() throws Exception {
		RequestPostProcessor alice = as(this.users.editor());
		RequestPostProcessor bob = as(this.users.editor());
		long id = create(alice, "news", "Shared item 3131", "save");
		long opened = EditorTestSupport.version(this.articles, id);

		this.mvc
			.perform(edit(bob, "news", id, opened).param("title", "Shared item 3131")
				.param("slug", "shared-item-3131")
				.param("summary", "Bob's summary"))
			.andExpect(status().isFound());
		this.mvc
			.perform(edit(alice, "news", id, opened).param("title", "Shared item 3131")
				.param("slug", "shared-item-3131")
				.param("summary", "Alice's summary"))
			.andExpect(status().isOk())
			.andExpect(page((html) -> {
				assertThat(html.select(".conflict").text()).contains("Someone else saved");
				assertThat(html.select(".conflict ins").text()).contains("Bob");
				assertThat(html.select("textarea[name=summary]").text()).isEqualTo("Alice's summary");
				assertThat(html.select("input[name=confirmOverwrite]").val()).isEqualTo(String.valueOf(opened + 1));
			}));
		assertThat(this.articles.findById(id).orElseThrow().getSummary()).isEqualTo("Bob's summary");

		this.mvc
			.perform(edit(alice, "news", id, opened).param("title", "Shared item 3131")
				.param("slug", "shared-item-3131")
				.param("summary", "Alice's summary, merged with Bob's")
				.param("confirmOverwrite", String.valueOf(opened + 1)))
			.andExpect(status().isFound());
		assertThat(this.articles.findById(id).orElseThrow().getSummary())
			.isEqualTo("Alice's summary, merged with Bob's");
	}

	@Test
	void twoConcurrentSavesNeverSilentlyLoseEither() throws Exception {
		RequestPostProcessor alice = as(this.users.editor());
		RequestPostProcessor bob = as(this.users.editor());
		long id = create(alice, "news", "Raced item 6262", "save");
		long opened = EditorTestSupport.version(this.articles, id);
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			Future<MvcResult> first = pool.submit(save(start, alice, id, opened, "Alice wrote this"));
			Future<MvcResult> second = pool.submit(save(start, bob, id, opened, "Bob wrote that"));
			start.countDown();
			List<MvcResult> results = List.of(first.get(), second.get());

			assertThat(results).extracting((r) -> r.getResponse().getStatus()).containsExactlyInAnyOrder(302, 200);
			MvcResult refused = results.stream()
				.filter((r) -> r.getResponse().getStatus() == 200)
				.findFirst()
				.orElseThrow();
			String refusedText = (refused == results.get(0)) ? "Alice wrote this" : "Bob wrote that";
			String savedText = (refused == results.get(0)) ? "Bob wrote that" : "Alice wrote this";
			assertThat(refused.getResponse().getContentAsString()).contains(refusedText, "Someone else saved");
			assertThat(this.articles.findById(id).orElseThrow().getSummary()).isEqualTo(savedText);
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void revisionsCanBeComparedAndRestoredWithoutRewritingHistory() throws Exception {
		RequestPostProcessor editor = as(this.users.editor());
		long id = create(editor, "news", "Revised 7070", "save");
		this.mvc.perform(
				edit(editor, "news", id, EditorTestSupport.version(this.articles, id)).param("title", "Revised 7070")
					.param("slug", "revised-7070")
					.param("summary", "Second version")
					.param("note", "rewrote summary"));

		this.mvc.perform(get("/admin/news/" + id + "/revisions").param("from", "1").param("to", "2").with(editor))
			.andExpect(status().isOk())
			.andExpect(page((html) -> {
				assertThat(html.select("tbody tr")).hasSize(2);
				assertThat(html.select(".diff ins").text()).contains("Second version");
				assertThat(html.text()).contains("rewrote summary");
			}));
		this.mvc.perform(post("/admin/news/" + id + "/revisions/1/restore").with(editor).with(csrf()))
			.andExpect(status().isFound());

		assertThat(this.articles.findById(id).orElseThrow().getSummary()).isEqualTo("Summary of Revised 7070");
		assertThat(revisionCount(id)).isEqualTo(3);
		assertThat(EditorTestSupport.auditActions(this.jdbc, id, "news", "press-releases")).containsExactly("CREATE",
				"SAVE", "RESTORE");
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

	private void rename(RequestPostProcessor who, long id, String slug) throws Exception {
		Article article = this.articles.findById(id).orElseThrow();
		this.mvc
			.perform(edit(who, "news", id, article.getVersion()).param("title", article.getTitle()).param("slug", slug))
			.andExpect(status().isFound());
	}

	private MockHttpServletRequestBuilder edit(RequestPostProcessor who, String kind, long id, long version) {
		return post("/admin/" + kind + "/" + id).with(who).with(csrf()).param("version", String.valueOf(version));
	}

	private Callable<MvcResult> save(CountDownLatch start, RequestPostProcessor who, long id, long version,
			String summary) {
		return () -> {
			start.await();
			return this.mvc
				.perform(edit(who, "news", id, version).param("title", "Raced item 6262")
					.param("slug", "raced-item-6262")
					.param("summary", summary))
				.andReturn();
		};
	}

	private int revisionCount(long id) {
		return this.jdbc.queryForObject("select count(*) from revision where content_id = ?"
				+ " and content_type in ('news', 'press-releases')", Integer.class, id);
	}

}
