package org.treatyportal.security;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import org.treatyportal.support.MutableClock;
import org.treatyportal.support.PortalIntegrationTest;
import org.treatyportal.users.TestUsers;
import org.treatyportal.users.User;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.treatyportal.security.SignInRequests.newAddress;
import static org.treatyportal.security.SignInRequests.signIn;
import static org.treatyportal.security.SignInRequests.signedIn;
import static org.treatyportal.users.TestUsers.as;

/**
 * A session ends when its account gets a new password (except the session that set it),
 * is disabled or changes role, and after the idle timeout.
 */
@PortalIntegrationTest
class SessionEndingTests {

	private static final String NEW_PASSWORD = "lighthouse keeper's ledger";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestUsers users;

	@Autowired
	private MutableClock clock;

	@Test
	void passwordChangeEndsTheOtherSessionsOfTheUser() throws Exception {
		User editor = this.users.editor();
		MockHttpSession laptop = signedIn(this.mvc, editor.getEmail(), TestUsers.PASSWORD, newAddress());
		MockHttpSession phone = signedIn(this.mvc, editor.getEmail(), TestUsers.PASSWORD, newAddress());
		MockHttpSession colleague = signedIn(this.mvc, this.users.editor().getEmail(), TestUsers.PASSWORD,
				newAddress());

		this.mvc
			.perform(post("/admin/account/password").session(laptop)
				.with(csrf())
				.param("currentPassword", TestUsers.PASSWORD)
				.param("newPassword", NEW_PASSWORD)
				.param("repeatPassword", NEW_PASSWORD))
			.andExpect(redirectedUrl("/admin/account"));

		this.mvc.perform(get("/admin").session(laptop)).andExpect(status().isOk());
		this.mvc.perform(get("/admin").session(phone)).andExpect(redirectedUrl("/login"));
		assertThat(phone.isInvalid()).isTrue();
		this.mvc.perform(get("/admin").session(colleague)).andExpect(status().isOk());
	}

	@Test
	void disablingEndsEverySessionOfTheUserAndRefusesSignIn() throws Exception {
		User editor = this.users.editor();
		MockHttpSession session = signedIn(this.mvc, editor.getEmail(), TestUsers.PASSWORD, newAddress());

		this.mvc.perform(post("/admin/users/{id}/disable", editor.getId()).param("confirmed", "true")
			.with(as(this.users.admin()))
			.with(csrf())
			.param("version", String.valueOf(editor.getVersion())));

		this.mvc.perform(get("/admin").session(session)).andExpect(redirectedUrl("/login"));
		this.mvc.perform(signIn(editor.getEmail(), TestUsers.PASSWORD, newAddress()))
			.andExpect(redirectedUrl("/login?error"));
	}

	@Test
	void newRoleEndsTheSessionsSoThatItAppliesAtOnce() throws Exception {
		User admin = this.users.admin();
		MockHttpSession session = signedIn(this.mvc, admin.getEmail(), TestUsers.PASSWORD, newAddress());
		this.mvc.perform(get("/admin/users").session(session)).andExpect(status().isOk());

		this.mvc.perform(post("/admin/users/{id}/role", admin.getId()).param("confirmed", "true")
			.with(as(this.users.admin()))
			.with(csrf())
			.param("role", "EDITOR")
			.param("version", String.valueOf(admin.getVersion())));

		this.mvc.perform(get("/admin/users").session(session)).andExpect(redirectedUrl("/login"));
	}

	@Test
	void idleSessionEndsAfterTheIdleTimeout() throws Exception {
		this.clock.setInstant(Instant.parse("2031-07-01T12:00:00Z"));
		User editor = this.users.editor();
		MockHttpSession session = signedIn(this.mvc, editor.getEmail(), TestUsers.PASSWORD, newAddress());
		assertThat(session.getMaxInactiveInterval()).isEqualTo(30 * 60);

		this.clock.advance(Duration.ofMinutes(29));
		this.mvc.perform(get("/admin").session(session)).andExpect(status().isOk());
		this.clock.advance(Duration.ofMinutes(29));
		this.mvc.perform(get("/admin").session(session)).andExpect(status().isOk());
		this.clock.advance(Duration.ofMinutes(30).plusSeconds(1));
		this.mvc.perform(get("/admin").session(session)).andExpect(redirectedUrl("/login"));
	}

}
