package org.treatyportal.security;

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

import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import org.treatyportal.support.MutableClock;
import org.treatyportal.support.PortalIntegrationTest;
import org.treatyportal.users.SignInThrottle;
import org.treatyportal.users.TestUsers;
import org.treatyportal.users.User;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.treatyportal.security.SignInRequests.newAddress;
import static org.treatyportal.security.SignInRequests.signIn;
import static org.treatyportal.security.SignInRequests.signedIn;
import static org.treatyportal.support.Html.page;
import static org.treatyportal.users.TestUsers.as;

/**
 * Password guessing is slowed per account and client address pair and per client address
 * (five failures, then doubling waits, ten mean a lock an admin can lift), and per
 * account from the addresses it has never signed in from (twenty failures, then doubling
 * waits of at most the lock's length), so that nobody can lock an account's owner out
 * from where they usually sign in. Attempts are counted before the password is looked at,
 * so parallel guesses cannot slip past a wait. The answers never tell whether the account
 * exists.
 */
@PortalIntegrationTest
class SignInThrottleTests {

	private static final String ERROR = "/login?error";

	private static final String THROTTLED = "/login?throttled";

	private static final int PARALLEL_GUESSES = 50;

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestUsers users;

	@Autowired
	private MutableClock clock;

	@Autowired
	private UserDetailsService userDetailsService;

	@Autowired
	private PasswordEncoder passwordEncoder;

	@Autowired
	private SignInThrottle throttle;

	@Autowired
	private JdbcClient jdbc;

	@BeforeEach
	void fixTheClock() {
		this.clock.setInstant(Instant.parse("2031-05-01T08:00:00Z"));
	}

	@Test
	void fiftyParallelWrongGuessesAreCountedExactlyAndNoneSlipsPastTheWait() throws Exception {
		User editor = this.users.editor();
		String address = newAddress();
		PortalAuthenticationProvider provider = new PortalAuthenticationProvider(this.userDetailsService,
				this.passwordEncoder, this.throttle, this.clock);
		ExecutorService threads = Executors.newFixedThreadPool(PARALLEL_GUESSES);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<String>> outcomes = new ArrayList<>();
		try {
			for (int i = 0; i < PARALLEL_GUESSES; i++) {
				UsernamePasswordAuthenticationToken guess = UsernamePasswordAuthenticationToken
					.unauthenticated(editor.getEmail(), "guess " + i);
				guess.setDetails(new WebAuthenticationDetails(address, null));
				outcomes.add(threads.submit(() -> {
					start.await();
					try {
						provider.authenticate(guess);
						return "signed in";
					}
					catch (AuthenticationException ex) {
						return ex.getClass().getSimpleName();
					}
				}));
			}
			start.countDown();
			Map<String, Integer> answers = new TreeMap<>();
			for (Future<String> outcome : outcomes) {
				answers.merge(outcome.get(), 1, Integer::sum);
			}

			assertThat(answers).containsExactly(entry("BadCredentialsException", 5),
					entry("SignInThrottledException", PARALLEL_GUESSES - 5));
		}
		finally {
			threads.shutdownNow();
		}
		assertThat(failuresCounted("PAIR", editor.getEmail().toLowerCase(), address)).isEqualTo(5);
		assertThat(failuresCounted("ADDRESS", "", address)).isEqualTo(5);
		assertThat(failuresCounted("ACCOUNT", editor.getEmail().toLowerCase(), "")).isEqualTo(5);
		this.mvc.perform(signIn(editor.getEmail(), TestUsers.PASSWORD, address)).andExpect(redirectedUrl(THROTTLED));
	}

	@Test
	void fifthFailureMakesThatAddressWaitUntilTheWaitEndsOrAnAdminLiftsIt() throws Exception {
		User editor = this.users.editor();
		String address = newAddress();
		for (int i = 0; i < 5; i++) {
			this.mvc.perform(signIn(editor.getEmail(), "a wrong guess " + i, address)).andExpect(redirectedUrl(ERROR));
		}
		this.mvc.perform(signIn(editor.getEmail(), TestUsers.PASSWORD, address)).andExpect(redirectedUrl(THROTTLED));

		User admin = this.users.admin();
		this.mvc.perform(get("/admin/users/sign-in").with(as(admin)))
			.andExpect(page((html) -> assertThat(html.select("tbody th").eachText()).contains(
					"Account " + editor.getEmail().toLowerCase() + " from address " + address, "Address " + address)));
		this.mvc.perform(get("/admin/users/{id}", editor.getId()).with(as(admin)))
			.andExpect(page((html) -> assertThat(html.select("#lock-title + ul li").eachText()).containsExactly(
					"From address " + address + ": 5 failures in a row, waiting until 1 May 2031, 10:00 CEST")));
		this.mvc.perform(post("/admin/users/{id}/unlock", editor.getId()).with(as(admin)).with(csrf()));
		this.mvc.perform(signIn(editor.getEmail(), TestUsers.PASSWORD, address)).andExpect(redirectedUrl(THROTTLED));
		this.mvc.perform(post("/admin/users/sign-in/locks/lift").with(as(admin))
			.with(csrf())
			.param("kind", "ADDRESS")
			.param("address", address));
		this.mvc.perform(signIn(editor.getEmail(), TestUsers.PASSWORD, address)).andExpect(redirectedUrl("/admin"));

		assertThat(this.users.auditActionsOf(editor.getEmail())).containsExactly("SIGN_IN_FAILED", "SIGN_IN_FAILED",
				"SIGN_IN_FAILED", "SIGN_IN_FAILED", "SIGN_IN_FAILED", "SIGN_IN_FAILED", "SIGN_IN_FAILED", "SIGN_IN");
		assertThat(this.users.auditActionsOf(admin.getEmail())).containsExactly("SIGN_IN_UNLOCKED", "SIGN_IN_UNLOCKED");
	}

	@Test
	void attackerAtOneAddressCannotLockTheOwnerOutFromAnother() throws Exception {
		User admin = this.users.admin();
		String office = newAddress();
		signedIn(this.mvc, admin.getEmail(), TestUsers.PASSWORD, office);
		String attacker = newAddress();
		for (int i = 0; i < 12; i++) {
			this.clock.advance(Duration.ofMinutes(20));
			this.mvc.perform(signIn(admin.getEmail(), "a wrong guess " + i, attacker)).andExpect(redirectedUrl(ERROR));
		}

		this.mvc.perform(signIn(admin.getEmail(), TestUsers.PASSWORD, attacker)).andExpect(redirectedUrl(THROTTLED));
		this.mvc.perform(signIn(admin.getEmail(), TestUsers.PASSWORD, office)).andExpect(redirectedUrl("/admin"));
		this.mvc.perform(signIn(admin.getEmail(), TestUsers.PASSWORD, newAddress())).andExpect(redirectedUrl("/admin"));
		assertThat(this.users.auditActionsAbout(admin.getEmail().toLowerCase())).containsExactly("SIGN_IN_LOCKED",
				"SIGN_IN_LOCKED", "SIGN_IN_LOCKED");
	}

	@Test
	void guessesFromManyAddressesSlowTheAccountDownOnlyWhereItHasNeverSignedIn() throws Exception {
		User editor = this.users.editor();
		String home = newAddress();
		signedIn(this.mvc, editor.getEmail(), TestUsers.PASSWORD, home);
		for (int i = 0; i < 20; i++) {
			this.mvc.perform(signIn(editor.getEmail(), "a wrong guess " + i, newAddress()))
				.andExpect(redirectedUrl(ERROR));
		}

		assertAccountWaitsFor(editor.getEmail(), Duration.ofSeconds(30));
		this.mvc.perform(signIn(editor.getEmail(), "one more", newAddress())).andExpect(redirectedUrl(ERROR));
		assertAccountWaitsFor(editor.getEmail(), Duration.ofMinutes(1));
		for (int i = 0; i < 10; i++) {
			this.clock.advance(Duration.ofHours(1));
			this.mvc.perform(signIn(editor.getEmail(), "and more " + i, newAddress())).andExpect(redirectedUrl(ERROR));
		}
		assertAccountWaitsFor(editor.getEmail(), Duration.ofMinutes(15));
		this.mvc.perform(signIn(editor.getEmail(), TestUsers.PASSWORD, home)).andExpect(redirectedUrl("/admin"));
		assertThat(this.users.auditActionsAbout(editor.getEmail().toLowerCase())).containsExactly("SIGN_IN_SLOWED");
	}

	@Test
	void unknownAccountGetsExactlyTheSameAnswersAsAnExistingOne() throws Exception {
		User editor = this.users.editor();

		List<String> existing = attempts(editor.getEmail(), newAddress(), 8);
		List<String> unknown = attempts("nobody-" + editor.getEmail(), newAddress(), 8);

		assertThat(unknown).isEqualTo(existing).contains(THROTTLED);
	}

	@Test
	void unknownAccountGuessedFromManyAddressesAnswersAsAnExistingOne() throws Exception {
		User editor = this.users.editor();

		List<String> existing = new ArrayList<>();
		List<String> unknown = new ArrayList<>();
		for (int i = 0; i < 22; i++) {
			existing.addAll(attempts(editor.getEmail(), newAddress(), 1));
			unknown.addAll(attempts("nobody-" + editor.getEmail(), newAddress(), 1));
		}

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

	/**
	 * Refused from addresses the account never signed in from, even with the right
	 * password, until the wait has passed.
	 */
	private void assertAccountWaitsFor(String email, Duration wait) throws Exception {
		this.mvc.perform(signIn(email, TestUsers.PASSWORD, newAddress())).andExpect(redirectedUrl(THROTTLED));
		this.clock.advance(wait.minusSeconds(1));
		this.mvc.perform(signIn(email, TestUsers.PASSWORD, newAddress())).andExpect(redirectedUrl(THROTTLED));
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

	private int failuresCounted(String kind, String account, String address) {
		return this.jdbc.sql(
				"select failures from sign_in_throttle where kind = :kind and account = :account and address = :address")
			.param("kind", kind)
			.param("account", account)
			.param("address", address)
			.query(Integer.class)
			.single();
	}

}
