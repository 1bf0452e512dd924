package org.treatyportal.security;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import org.treatyportal.support.PortalIntegrationTest;
import org.treatyportal.users.TestUsers;
import org.treatyportal.users.User;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.treatyportal.support.Html.page;

/**
 * Sign-in, sign-out and the protection of the admin area, through the real filter chain.
 */
@PortalIntegrationTest
class SignInTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestUsers users;

	@Test
	void anonymousVisitorIsSentToSignIn() throws Exception {
		this.mvc.perform(get("/admin")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
	}

	@Test
	void wrongPasswordShowsTheFormAgainWithAnErrorAndTheEmail() throws Exception {
		User editor = this.users.editor();

		Document form = failedSignIn(editor.getEmail(), "wrong");

		assertThat(form.select("[role=alert]").text()).contains("wrong");
		assertThat(form.select("input[name=username]").val()).isEqualTo(editor.getEmail());
		assertThat(form.select("input[name=password]").val()).isEmpty();
	}

	@Test
	void unknownAccountGetsTheSameMessageAsAWrongPassword() throws Exception {
		Document unknown = failedSignIn("nobody@example.org", "x");
		Document wrong = failedSignIn(this.users.editor().getEmail(), "x");

		assertThat(unknown.select("[role=alert]").text()).isEqualTo(wrong.select("[role=alert]").text()).isNotEmpty();
	}

	@Test
	void editorSignsInAndSeesTheDashboard() throws Exception {
		User editor = this.users.editor();
		MvcResult signIn = this.mvc
			.perform(post("/login").param("username", editor.getEmail().toUpperCase())
				.param("password", TestUsers.PASSWORD)
				.with(csrf()))
			.andExpect(redirectedUrl("/admin"))
			.andReturn();
		MockHttpSession session = (MockHttpSession) signIn.getRequest().getSession(false);

		this.mvc.perform(get("/admin").session(session)).andExpect(status().isOk()).andExpect(page((html) -> {
			assertThat(html.select("h1").text()).isEqualTo("Dashboard");
			assertThat(html.select("table.data-table tbody th").eachText()).contains("News", "Press releases");
			assertThat(html.select("table.data-table thead th").eachText()).contains("Draft", "Scheduled", "Published",
					"Withdrawn");
		}));
	}

	@Test
	void signInChangesTheSessionId() throws Exception {
		User editor = this.users.editor();
		MockHttpSession before = new MockHttpSession();
		String idBefore = before.getId();

		MvcResult signIn = this.mvc
			.perform(post("/login").session(before)
				.param("username", editor.getEmail())
				.param("password", TestUsers.PASSWORD)
				.with(csrf()))
			.andReturn();

		assertThat(signIn.getRequest().getSession(false).getId()).isNotEqualTo(idBefore);
	}

	@Test
	void postWithoutCsrfTokenIsForbidden() throws Exception {
		User editor = this.users.editor();

		this.mvc.perform(post("/login").param("username", editor.getEmail()).param("password", TestUsers.PASSWORD))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/logout")).andExpect(status().isForbidden());
	}

	@Test
	void signOutNeedsPostWithCsrf() throws Exception {
		this.mvc.perform(post("/logout").with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/login?logout"));
	}

	@Test
	void pagesCarryTheSecurityHeaders() throws Exception {
		this.mvc.perform(get("/news"))
			.andExpect(header().string("Content-Security-Policy", SecurityConfiguration.CONTENT_SECURITY_POLICY))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("X-Frame-Options", "DENY"));
	}

	/**
	 * Sends the sign-in form with a wrong password from an address of its own (so the
	 * throttle of other tests is not touched) and returns the form it is sent back to.
	 */
	private Document failedSignIn(String email, String password) throws Exception {
		MvcResult failure = this.mvc.perform(SignInRequests.signIn(email, password, SignInRequests.newAddress()))
			.andExpect(redirectedUrl("/login?error"))
			.andReturn();
		MockHttpSession session = (MockHttpSession) failure.getRequest().getSession();
		MvcResult form = this.mvc.perform(get("/login?error").session(session)).andReturn();
		return Jsoup.parse(form.getResponse().getContentAsString());
	}

}
