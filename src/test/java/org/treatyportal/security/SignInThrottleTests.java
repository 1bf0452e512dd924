package org.treatyportal.security;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.treatyportal.support.MutableClock;
import org.treatyportal.support.PortalIntegrationTest;
import org.treatyportal.users.TestUsers;
import org.treatyportal.users.User;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.treatyportal.security.SignInRequests.newAddress;
import static org.treatyportal.security.SignInRequests.signIn;
import static org.treatyportal.support.Html.page;
import static org.treatyportal.users.TestUsers.as;

/**
 * Password guessing is slowed per account and per client address: five failures cost
 * nothing more, then each failure means a doubling wait, ten mean a lock that an admin
 * can lift. The answers never tell whether the account exists.
 */
@PortalIntegrationTest
class SignInThrottleTests {

	private static final String ERROR = "/login?error";

	private static final String THROTTLED = "/login?throttled";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestUsers users;

	@Autowired
	private MutableClock clock;

	@BeforeEach
	void fixTheClock() {
		this.clock.setInstant(Instant.parse("2031-05-01T08:00:00Z"));
	}

	@AfterEach
	void releaseTheClock() {
		this.clock.reset();
	}

	@Test
	void sixthAttemptIsRefusedEvenWithTheRightPasswordUntilAnAdminLiftsTheLocks() throws Exception {
		User editor = this.users.editor();
		String address = newAddress();
		for (int i = 0; i < 5; i++) {
			this.mvc.perform(signIn(editor.getEmail(), "a wrong guess " + i, address)).andExpect(redirectedUrl(ERROR));
		}

		this.mvc.perform(signIn(editor.getEmail(), TestUsers.PASSWORD, address)).andExpect(redirectedUrl(THROTTLED));
		this.mvc.perform(signIn(editor.getEmail(), TestUsers.PASSWORD, newAddress())).andExpect(redirectedUrl(THROTTLED));
		this.mvc.perform(signIn(this.users.editor().getEmail(), TestUsers.PASSWORD, address))
			.andExpect(redirectedUrl(THROTTLED));

		User admin = this.users.admin();
		this.mvc.perform(get("/admin/users/sign-in").with(as(admin)))
			.andExpect(page((html) -> assertThat(html.select("tbody th").eachText())
				.contains("Account " + editor.getEmail().toLowerCase(), "Address " + address)));
		this.mvc.perform(post("/admin/users/{id}/unlock", editor.getId()).with(as(admin)).with(csrf()));
		this.mvc.perform(signIn(editor.getEmail(), TestUsers.PASSWORD, address)).andExpect(redirectedUrl(THROTTLED));
		this.mvc.perform(post("/admin/users/sign-in/locks/lift").with(as(admin)).with(csrf())
			.param("kind", "ADDRESS").param("subject", address));
		this.mvc.perform(signIn(editor.getEmail(), TestUsers.PASSWORD, address)).andExpect(redirectedUrl("/admin"));

		assertThat(this.users.auditActionsOf(editor.getEmail())).containsSequence("SIGN_IN_FAILED", "SIGN_IN_FAILED",
				"SIGN_IN_FAILED", "SIGN_IN_FAILED", "SIGN_IN_FAILED", "SIGN_IN_FAILED", "SIGN_IN_FAILED",
				"SIGN_IN_FAILED", "SIGN_IN");
		assertThat(this.users.auditActionsOf(admin.getEmail())).containsExactly("SIGN_IN_UNLOCKED", "SIGN_IN_UNLOCKED");
	}

	@Test
	void unknownAccountGetsExactlyTheSameAnswersAsAnExistingOne() throws Exception {
		User editor = this.users.editor();

		List<String> existing = attempts(editor.getEmail(), newAddress(), 8);
		List<String> unknown = attempts("nobody-" + editor.getEmail(), newAddress(), 8);

		assertThat(unknown).isEqualTo(existing).contains(THROTTLED);
	}

	@Test
	void guessingScriptFromOneAddressIsSlowedToACrawlAndThenLocked() throws Exception {
		String address = newAddress();
		for (int i = 0; i < 5; i++) {
			this.mvc.perform(signIn("victim" + i + "@example.org", "guess", address)).andExpect(redirectedUrl(ERROR));
		}
		assertThrottledFor(address, Duration.ofSeconds(30));
		this.mvc.perform(signIn("victim6@example.org", "guess", address)).andExpect(redirectedUrl(ERROR));
		assertThrottledFor(address, Duration.ofMinutes(1));
		this.mvc.perform(signIn("victim7@example.org", "guess", address)).andExpect(redirectedUrl(ERROR));
		assertThrottledFor(address, Duration.ofMinutes(2));
		for (int i = 8; i <= 10; i++) {
			this.clock.advance(Duration.ofMinutes(20));
			this.mvc.perform(signIn("victim" + i + "@example.org", "guess", address)).andExpect(redirectedUrl(ERROR));
		}

		assertThrottledFor(address, Duration.ofMinutes(15));
		assertThat(this.users.auditActionsAbout(address)).containsExactly("SIGN_IN_LOCKED");
	}

	/** Refused until the wait has passed, then an attempt is looked at again. */
	private void assertThrottledFor(String address, Duration wait) throws Exception {
		this.mvc.perform(signIn("someone@example.org", "guess", address)).andExpect(redirectedUrl(THROTTLED));
		this.clock.advance(wait.minusSeconds(1));
		this.mvc.perform(signIn("someone@example.org", "guess", address)).andExpect(redirectedUrl(THROTTLED));
		this.clock.advance(Duration.ofSeconds(1));
	}

	private List<String> attempts(String email, String address, int count) throws Exception {
		List<String> answers = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			MvcResult result = this.mvc.perform(signIn(email, "a wrong guess", address)).andReturn();
			String url = result.getResponse().getRedirectedUrl();
			String alert = this.mvc.perform(get(url).session((MockHttpSession) result.getRequest().getSession()))
				.andReturn()
				.getResponse()
				.getContentAsString();
			answers.add(url);
			answers.add(Jsoup.parse(alert).select("[role=alert]").text());
			answers.add(Jsoup.parse(alert).select("input[name=username]").val().equals(email) ? "email kept" : "lost");
		}
		return answers;
	}

}
