package org.treatyportal.publishing;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import org.treatyportal.support.PortalIntegrationTest;
import org.treatyportal.users.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.treatyportal.users.TestUsers.as;

/**
 * Drafts that were never published have no publication date: their previews, the admin
 * lists and revisions still show, and a form field holding a NUL byte (which PostgreSQL
 * cannot store) is refused with a 400 before anything is saved.
 */
@PortalIntegrationTest
class DraftPreviewTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestUsers users;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void aNeverPublishedDraftOfEveryTypeCanBePreviewedAndListed() throws Exception {
		RequestPostProcessor editor = as(this.users.editor());
		List<String> wrong = new ArrayList<>();
		for (String[] type : new String[][] { { "news", "article", "kind", "'NEWS'" },
				{ "press-releases", "article", "kind", "'PRESS_RELEASE'" },
				{ "events", "event", "all_day, start_date, end_date, starts_at, ends_at",
						"true, date '2031-09-01', date '2031-09-01', timestamptz '2031-09-01', timestamptz '2031-09-02'" },
				{ "pages", "page", "menu_position", "null" },
				{ "documents", "document", "document_type", "'REPORT'" } }) {
			long id = this.jdbc.queryForObject(
					"insert into " + type[1] + " (slug, title, state, " + type[2]
							+ ") values (?, 'Never published 7713', 'DRAFT', " + type[3] + ") returning id",
					Long.class, "never-published-" + type[0] + "-7713");
			for (String path : new String[] { "/admin/" + type[0] + "/" + id + "/preview",
					"/admin/" + type[0] + "/" + id, "/admin/" + type[0] + "?status=DRAFT",
					"/admin/" + type[0] + "/" + id + "/revisions" }) {
				MockHttpServletResponse response = this.mvc.perform(get(path).with(editor)).andReturn().getResponse();
				if (response.getStatus() != 200) {
					wrong.add(path + ": " + response.getStatus());
				}
			}
		}

		assertThat(wrong).as("addresses failing on a draft never published").isEmpty();
	}

	@Test
	void aNulByteInAFormFieldIsRefusedAndNothingIsSaved() throws Exception {
		int status = this.mvc
			.perform(post("/admin/news").with(as(this.users.editor()))
				.with(csrf())
				.param("title", "Nul 7714\u0000")
				.param("body", "<p>x</p>")
				.param("action", "save"))
			.andReturn()
			.getResponse()
			.getStatus();

		assertThat(status).isEqualTo(400);
		assertThat(this.jdbc.queryForObject("select count(*) from article where title like 'Nul 7714%'", Integer.class))
			.isZero();
	}

	@Test
	void aNulByteInTheSignInFormIsRefused() throws Exception {
		int status = this.mvc
			.perform(post("/login").with(csrf()).param("username", "a\u0000@example.org").param("password", "x"))
			.andReturn()
			.getResponse()
			.getStatus();

		assertThat(status).isEqualTo(400);
	}

}
