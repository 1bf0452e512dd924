package org.treatyportal.users;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import org.treatyportal.support.MutableClock;
import org.treatyportal.support.PortalIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.treatyportal.security.SignInRequests.newAddress;
import static org.treatyportal.security.SignInRequests.signIn;
import static org.treatyportal.security.SignInRequests.signedIn;
import static org.treatyportal.support.Html.page;
import static org.treatyportal.users.TestUsers.as;

/**
 * One-time password links: an admin makes one, the user sets a password with it once,
 * before it expires.
 */
@PortalIntegrationTest
class PasswordLinkTests {

	private static final Instant NOW = Instant.parse("2031-03-01T09:00:00Z");

	private static final String NEW_PASSWORD = "a quiet harbour in winter";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestUsers users;

	@Autowired
	private MutableClock clock;

	@BeforeEach
	void fixTheClock() {
		this.clock.setInstant(NOW);
	}

	@Test
	void linkSetsThePasswordOnceAndEndsTheOldSessions() throws Exception {
		User editor = this.users.editor();
		MockHttpSession oldSession = signedIn(this.mvc, editor.getEmail(), TestUsers.PASSWORD, newAddress());
		String link = linkFor(editor);

		this.mvc.perform(get(link))
			.andExpect(status().isOk())
			.andExpect(page((html) -> assertThat(html.text()).contains(editor.getEmail())));
		this.mvc
			.perform(post(link).with(csrf()).param("newPassword", NEW_PASSWORD).param("repeatPassword", NEW_PASSWORD))
			.andExpect(redirectedUrl("/login?passwordSet"));

		this.mvc.perform(get(link))
			.andExpect(status().isNotFound())
			.andExpect(page((html) -> assertThat(html.select("h1").text()).isEqualTo("This link does not work")));
		this.mvc
			.perform(post(link).with(csrf())
				.param("newPassword", "another fine password")
				.param("repeatPassword", "another fine password"))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/admin").session(oldSession)).andExpect(redirectedUrl("/login"));
		this.mvc.perform(signIn(editor.getEmail(), TestUsers.PASSWORD, newAddress()))
			.andExpect(redirectedUrl("/login?error"));
		signedIn(this.mvc, editor.getEmail(), NEW_PASSWORD, newAddress());
		assertThat(this.users.auditActions(editor)).containsExactly("PASSWORD_LINK_CREATED", "PASSWORD_SET_BY_LINK");
	}

	@Test
	void linkExpiresAtTheEndOfItsValidity() throws Exception {
		User editor = this.users.editor();
		String link = linkFor(editor);

		this.clock.advance(Duration.ofHours(24).minusSeconds(1));
		this.mvc.perform(get(link)).andExpect(status().isOk());
		this.clock.advance(Duration.ofSeconds(1));
		this.mvc.perform(get(link)).andExpect(status().isNotFound());
		this.mvc
			.perform(post(link).with(csrf()).param("newPassword", NEW_PASSWORD).param("repeatPassword", NEW_PASSWORD))
			.andExpect(status().isNotFound());
	}

	@Test
	void newerLinkReplacesTheOlderOne() throws Exception {
		User editor = this.users.editor();
		String first = linkFor(editor);
		String second = linkFor(editor);

		this.mvc.perform(get(first)).andExpect(status().isNotFound());
		this.mvc.perform(get(second)).andExpect(status().isOk());
	}

	@Test
	void refusedPasswordKeepsTheLinkWorking() throws Exception {
		User editor = this.users.editor();
		String link = linkFor(editor);

		this.mvc.perform(post(link).with(csrf()).param("newPassword", "too short").param("repeatPassword", "too short"))
			.andExpect(status().isOk())
			.andExpect(page((html) -> assertThat(html.select("#newPassword-error").text())
				.isEqualTo("Use at least 12 characters.")));

		this.mvc.perform(get(link)).andExpect(status().isOk());
	}

	@Test
	void unknownTokenGivesTheSamePageAsAUsedOne() throws Exception {
		this.mvc.perform(get("/password-reset/not-a-token"))
			.andExpect(status().isNotFound())
			.andExpect(page((html) -> assertThat(html.select("h1").text()).isEqualTo("This link does not work")));
	}

	private String linkFor(User user) throws Exception {
		String link = (String) this.mvc
			.perform(post("/admin/users/{id}/password-link", user.getId()).with(as(this.users.admin())).with(csrf()))
			.andExpect(redirectedUrl("/admin/users/" + user.getId()))
			.andReturn()
			.getFlashMap()
			.get("passwordLink");
		return link.substring("http://localhost:8080".length());
	}

}
