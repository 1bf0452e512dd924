package org.treatyportal.admin;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import org.treatyportal.support.PortalIntegrationTest;
import org.treatyportal.users.Role;
import org.treatyportal.users.TestUsers;
import org.treatyportal.users.User;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.treatyportal.support.Html.page;
import static org.treatyportal.users.TestUsers.as;

/**
 * The admin area says plainly who is signed in with which role, why a page is refused,
 * what a role change or disabling means before it happens, and who wrote each revision.
 */
@PortalIntegrationTest
class AdminScreensTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestUsers users;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void headerNamesTheRoleOfWhoeverIsSignedIn() throws Exception {
		this.mvc.perform(get("/admin").with(as(this.users.editor())))
			.andExpect(
					page((html) -> assertThat(html.select(".admin-header__tag").eachText()).containsExactly("Editor")));
		this.mvc.perform(get("/admin").with(as(this.users.admin())))
			.andExpect(
					page((html) -> assertThat(html.select(".admin-header__tag").eachText()).containsExactly("Admin")));
	}

	@Test
	void editorOnAnAdminsOnlyPageIsToldWhyButAFormWithoutItsTokenIsPlainlyRefused() throws Exception {
		User editor = this.users.editor();

		this.mvc.perform(get("/admin/users").with(as(editor)))
			.andExpect(status().isForbidden())
			.andExpect(forwardedUrl("/admin/admins-only"));
		this.mvc.perform(post("/admin/treaties").with(as(editor)).with(csrf()))
			.andExpect(status().isForbidden())
			.andExpect(forwardedUrl("/admin/admins-only"));
		this.mvc.perform(post("/admin/treaties").with(as(editor)))
			.andExpect(status().isForbidden())
			.andExpect(forwardedUrl(null));
		this.mvc.perform(get("/admin/admins-only").with(as(editor)))
			.andExpect(status().isForbidden())
			.andExpect(
					page((html) -> assertThat(html.select("h1").text()).isEqualTo("Only admins can open this page")));
	}

	@Test
	void roleChangeAndDisablingAskFirstAndChangeNothingUntilConfirmed() throws Exception {
		User admin = this.users.admin();
		User editor = this.users.editor();

		this.mvc
			.perform(post("/admin/users/{id}/role", editor.getId()).with(as(admin))
				.with(csrf())
				.param("role", "ADMIN")
				.param("version", String.valueOf(editor.getVersion())))
			.andExpect(status().isOk())
			.andExpect(page((html) -> {
				assertThat(html.select("h1").text()).isEqualTo("Make Test editor an admin?");
				assertThat(html.select("form input[name=confirmed]").val()).isEqualTo("true");
				assertThat(html.select("form input[name=role]").val()).isEqualTo("ADMIN");
			}));
		this.mvc
			.perform(post("/admin/users/{id}/disable", editor.getId()).with(as(admin))
				.with(csrf())
				.param("version", String.valueOf(editor.getVersion())))
			.andExpect(status().isOk())
			.andExpect(page(
					(html) -> assertThat(html.select("h1").text()).isEqualTo("Disable the account of Test editor?")));

		User unchanged = this.users.reload(editor);
		assertThat(unchanged.getRole()).isEqualTo(Role.EDITOR);
		assertThat(unchanged.isEnabled()).isTrue();
		assertThat(this.users.auditActions(editor)).isEmpty();
	}

	@Test
	void creatingAUserSaysSoOnce() throws Exception {
		User admin = this.users.admin();

		String location = this.mvc
			.perform(post("/admin/users").with(as(admin))
				.with(csrf())
				.param("email", "once-" + System.nanoTime() + "@example.org")
				.param("displayName", "Once")
				.param("role", "EDITOR"))
			.andExpect(redirectedUrlPattern("/admin/users/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();

		this.mvc.perform(get(location).with(as(admin)).flashAttr("success", "users.created"))
			.andExpect(page((html) -> assertThat(html.select(".alert--success")).hasSize(1)));
	}

	@Test
	void revisionsNameTheirAuthorsAsPeopleKnowThem() throws Exception {
		User editor = this.users.editor();
		String name = "Ada Lovelace " + System.nanoTime();
		this.jdbc.update("update app_user set display_name = ? where id = ?", name, editor.getId());

		String location = this.mvc
			.perform(post("/admin/news").with(as(editor))
				.with(csrf())
				.param("title", "Written by Ada")
				.param("action", "save"))
			.andExpect(redirectedUrlPattern("/admin/news/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();

		this.mvc.perform(get(location + "/revisions").with(as(editor)))
			.andExpect(page((html) -> assertThat(html.select("tbody td").eachText()).contains(name)
				.doesNotContain(editor.getEmail())));
	}

}
