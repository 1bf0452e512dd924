package org.treatyportal.users;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import org.treatyportal.support.MutableClock;
import org.treatyportal.support.PortalIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.treatyportal.security.SignInRequests.from;
import static org.treatyportal.security.SignInRequests.newAddress;
import static org.treatyportal.security.SignInRequests.signIn;
import static org.treatyportal.security.SignInRequests.signedIn;
import static org.treatyportal.support.Html.page;
import static org.treatyportal.users.TestUsers.as;

/**
 * Two-factor sign-in: setting it up with an authenticator app, signing in with a code or
 * a recovery code, and the rule that admins must use it.
 */
@PortalIntegrationTest
class TwoFactorSignInTests {

	private static final Instant NOW = Instant.parse("2031-06-01T10:00:05Z");

	private static final int PARALLEL_CODES = 20;

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestUsers users;

	@Autowired
	private MutableClock clock;

	@Autowired
	private SecurityPolicyService policy;

	@BeforeEach
	void fixTheClock() {
		this.clock.setInstant(NOW);
	}

	@Test
	void setUpShowsAQrCodeAndTheSecretAndNeedsACodeFromIt() throws Exception {
		User editor = this.users.editor();
		MockHttpSession session = signedIn(this.mvc, editor.getEmail(), TestUsers.PASSWORD, newAddress());

		String secret = secretShown(session);
		this.mvc.perform(post("/admin/account/two-factor").session(session).with(csrf()).param("code", "000000"))
			.andExpect(status().isOk())
			.andExpect(page((html) -> {
				assertThat(html.select("#code-error").text()).startsWith("This code does not match");
				assertThat(html.select("#code").val()).isEqualTo("000000");
				assertThat(html.select(".two-factor-secret").text().replace(" ", "")).isEqualTo(secret);
			}));
		MvcResult enabled = this.mvc
			.perform(post("/admin/account/two-factor").session(session).with(csrf()).param("code", codeAt(secret, NOW)))
			.andExpect(redirectedUrl("/admin/account/two-factor"))
			.andReturn();

		@SuppressWarnings("unchecked")
		List<String> recoveryCodes = (List<String>) enabled.getFlashMap().get("recoveryCodes");
		assertThat(recoveryCodes).hasSize(10).allMatch((code) -> code.matches("[a-z2-7]{8}-[a-z2-7]{8}"));
		assertThat(this.users.reload(editor).getTotpSecret()).startsWith("v1:").doesNotContain(secret);
		assertThat(this.users.auditActions(editor)).containsExactly("TWO_FACTOR_ENABLED");
	}

	@Test
	void signInNeedsTheCodeAndEachCodeWorksOnce() throws Exception {
		User editor = this.users.editor();
		String secret = enableTwoFactor(editor).secret();
		this.clock.advance(Duration.ofSeconds(30));
		String code = codeAt(secret, this.clock.instant());

		MockHttpSession pending = passwordOnly(editor);
		this.mvc.perform(get("/admin").session(pending)).andExpect(redirectedUrl("/login/code"));
		this.mvc.perform(get("/admin/account").session(pending)).andExpect(redirectedUrl("/login/code"));
		this.mvc.perform(post("/login/code").session(pending).with(csrf()).param("code", "123456"))
			.andExpect(status().isOk())
			.andExpect(page((html) -> assertThat(html.select("[role=alert]").text()).startsWith("This code is wrong")));
		this.mvc.perform(post("/login/code").session(pending).with(csrf()).param("code", code))
			.andExpect(redirectedUrl("/admin"));
		this.mvc.perform(get("/admin").session(pending)).andExpect(status().isOk());

		MockHttpSession replay = passwordOnly(editor);
		this.mvc.perform(post("/login/code").session(replay).with(csrf()).param("code", code))
			.andExpect(status().isOk());
		this.mvc.perform(get("/admin").session(replay)).andExpect(redirectedUrl("/login/code"));
		assertThat(this.users.auditActionsOf(editor.getEmail())).containsSubsequence("SIGN_IN_FAILED", "SIGN_IN",
				"SIGN_IN_FAILED");
	}

	@Test
	void parallelWrongCodesAreCountedBeforeTheyAreCheckedSoNoneSlipsPastTheWait() throws Exception {
		User editor = this.users.editor();
		String secret = enableTwoFactor(editor).secret();
		String wrongCode = codeAt(secret, NOW.plus(Duration.ofMinutes(10)));
		String address = newAddress();
		List<MockHttpSession> pending = new ArrayList<>();
		for (int i = 0; i < PARALLEL_CODES; i++) {
			pending.add(passwordOnly(editor, address));
		}
		ExecutorService threads = Executors.newFixedThreadPool(PARALLEL_CODES);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<String>> outcomes = new ArrayList<>();
		try {
			for (MockHttpSession session : pending) {
				outcomes.add(threads.submit(() -> {
					start.await();
					String redirect = this.mvc
						.perform(post("/login/code").session(session)
							.with(from(address))
							.with(csrf())
							.param("code", wrongCode))
						.andReturn()
						.getResponse()
						.getRedirectedUrl();
					return (redirect != null) ? redirect : "code form again";
				}));
			}
			start.countDown();
			Map<String, Integer> answers = new TreeMap<>();
			for (Future<String> outcome : outcomes) {
				answers.merge(outcome.get(), 1, Integer::sum);
			}

			assertThat(answers).containsExactly(entry("/login?throttled", PARALLEL_CODES - 5),
					entry("code form again", 5));
		}
		finally {
			threads.shutdownNow();
		}
	}

	@Test
	void recoveryCodeSignsInOnce() throws Exception {
		User editor = this.users.editor();
		String recoveryCode = enableTwoFactor(editor).recoveryCodes().get(3);

		MockHttpSession first = passwordOnly(editor);
		this.mvc.perform(post("/login/code").session(first).with(csrf()).param("code", recoveryCode.toUpperCase()))
			.andExpect(redirectedUrl("/admin"));
		MockHttpSession second = passwordOnly(editor);
		this.mvc.perform(post("/login/code").session(second).with(csrf()).param("code", recoveryCode))
			.andExpect(status().isOk());

		this.mvc.perform(get("/admin").session(first)).andExpect(status().isOk());
		this.mvc.perform(get("/admin").session(second)).andExpect(redirectedUrl("/login/code"));
		assertThat(this.users.auditActions(editor)).containsExactly("TWO_FACTOR_ENABLED", "RECOVERY_CODE_USED");
	}

	@Test
	void codeMustBeTypedSoonAfterThePassword() throws Exception {
		User editor = this.users.editor();
		String secret = enableTwoFactor(editor).secret();
		MockHttpSession pending = passwordOnly(editor);

		this.clock.advance(Duration.ofMinutes(6));
		this.mvc.perform(
				post("/login/code").session(pending).with(csrf()).param("code", codeAt(secret, this.clock.instant())))
			.andExpect(redirectedUrl("/login?expired"));
	}

	@Test
	void adminTurnsOffTwoFactorForSomeoneWhoLostTheirPhoneAndTheirSessionsEnd() throws Exception {
		User editor = this.users.editor();
		MockHttpSession onTheLostPhone = signedIn(this.mvc, editor.getEmail(), TestUsers.PASSWORD, newAddress());
		enableTwoFactor(editor);
		this.mvc.perform(get("/admin").session(onTheLostPhone)).andExpect(status().isOk());

		this.mvc
			.perform(post("/admin/users/{id}/two-factor/reset", editor.getId()).with(as(this.users.admin()))
				.with(csrf()))
			.andExpect(redirectedUrl("/admin/users/" + editor.getId()));

		assertThat(this.users.reload(editor).isTwoFactorEnabled()).isFalse();
		this.mvc.perform(get("/admin").session(onTheLostPhone)).andExpect(redirectedUrl("/login"));
		signedIn(this.mvc, editor.getEmail(), TestUsers.PASSWORD, newAddress());
		assertThat(this.users.auditActions(editor)).containsExactly("TWO_FACTOR_ENABLED", "TWO_FACTOR_RESET");
	}

	@Test
	void wrongCurrentPasswordsWhenTurningItOffOrRenewingCodesAreThrottledLikeSignIns() throws Exception {
		User editor = this.users.editor();
		enableTwoFactor(editor);
		String address = newAddress();
		for (int i = 0; i < 5; i++) {
			this.mvc
				.perform(post("/admin/account/two-factor/disable").with(as(editor))
					.with(from(address))
					.with(csrf())
					.param("currentPassword", "a wrong guess " + i))
				.andExpect(flash().attribute("failure", "account.currentPasswordWrong"));
		}

		this.mvc
			.perform(post("/admin/account/two-factor/disable").with(as(editor))
				.with(from(address))
				.with(csrf())
				.param("currentPassword", TestUsers.PASSWORD))
			.andExpect(flash().attribute("failure", "account.currentPasswordThrottled"));
		this.mvc
			.perform(post("/admin/account/two-factor/recovery-codes").with(as(editor))
				.with(from(address))
				.with(csrf())
				.param("currentPassword", TestUsers.PASSWORD))
			.andExpect(flash().attribute("failure", "account.currentPasswordThrottled"))
			.andExpect(flash().attributeCount(1));
		assertThat(this.users.reload(editor).isTwoFactorEnabled()).isTrue();
		this.mvc.perform(signIn(editor.getEmail(), TestUsers.PASSWORD, address))
			.andExpect(redirectedUrl("/login?throttled"));
	}

	@Test
	void whenRequiredAnAdminWithoutItIsSentToSetItUp() throws Exception {
		User admin = this.users.admin();
		User editor = this.users.editor();
		this.mvc.perform(post("/admin/users/sign-in/policy").with(as(admin))
			.with(csrf())
			.param("twoFactorRequired", "true")
			.param("version", String.valueOf(this.policy.version())));
		try {
			MockHttpSession session = signedIn(this.mvc, admin.getEmail(), TestUsers.PASSWORD, newAddress());
			this.mvc.perform(get("/admin").session(session)).andExpect(redirectedUrl("/admin/account/two-factor"));
			this.mvc.perform(get("/admin/users").session(session))
				.andExpect(redirectedUrl("/admin/account/two-factor"));
			this.mvc.perform(get("/actuator/prometheus").session(session))
				.andExpect(redirectedUrl("/admin/account/two-factor"));
			this.mvc.perform(get("/admin/account/two-factor").session(session))
				.andExpect(status().isOk())
				.andExpect(page(
						(html) -> assertThat(html.select("[role=alert]").text()).startsWith("Admins of this site")));
			MockHttpSession editorSession = signedIn(this.mvc, editor.getEmail(), TestUsers.PASSWORD, newAddress());
			this.mvc.perform(get("/admin").session(editorSession)).andExpect(status().isOk());
		}
		finally {
			this.policy.requireTwoFactorForAdmins(false, this.policy.version());
		}
	}

	private MockHttpSession passwordOnly(User user) throws Exception {
		return passwordOnly(user, newAddress());
	}

	private MockHttpSession passwordOnly(User user, String address) throws Exception {
		MvcResult result = this.mvc.perform(signIn(user.getEmail(), TestUsers.PASSWORD, address))
			.andExpect(redirectedUrl("/login/code"))
			.andReturn();
		return (MockHttpSession) result.getRequest().getSession(false);
	}

	private Enabled enableTwoFactor(User user) throws Exception {
		MockHttpSession session = signedIn(this.mvc, user.getEmail(), TestUsers.PASSWORD, newAddress());
		String secret = secretShown(session);
		@SuppressWarnings("unchecked")
		List<String> codes = (List<String>) this.mvc
			.perform(post("/admin/account/two-factor").session(session)
				.with(csrf())
				.param("code", codeAt(secret, this.clock.instant())))
			.andReturn()
			.getFlashMap()
			.get("recoveryCodes");
		return new Enabled(secret, codes);
	}

	private String secretShown(MockHttpSession session) throws Exception {
		String[] secret = new String[1];
		this.mvc.perform(get("/admin/account/two-factor").session(session))
			.andExpect(status().isOk())
			.andExpect(page((html) -> {
				assertThat(html.select("img.qr-code").attr("src")).startsWith("data:image/svg+xml;base64,");
				secret[0] = html.select(".two-factor-secret").text().replace(" ", "");
			}));
		assertThat(secret[0]).matches("[A-Z2-7]{32}");
		return secret[0];
	}

	private static String codeAt(String secret, Instant instant) {
		return Totp.code(Base32.decode(secret), Totp.step(instant), Totp.DIGITS, Totp.ALGORITHM);
	}

	private record Enabled(String secret, List<String> recoveryCodes) {
	}

}
