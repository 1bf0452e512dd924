package org.treatyportal.users;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import org.treatyportal.config.PortalProperties;
import org.treatyportal.support.HttpsSiteTest;
import org.treatyportal.support.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.treatyportal.security.SignInRequests.newAddress;
import static org.treatyportal.security.SignInRequests.signedIn;
import static org.treatyportal.support.Html.page;

/**
 * A new site's first sign-in with the settings at their defaults: the generated password
 * from its file, then two-factor sign-in set up before anything else. On a database
 * emptied of accounts inside a transaction that the test rolls back.
 */
@HttpsSiteTest
@Transactional
class FirstAdminEnrolmentTests {

	private static final Instant NOW = Instant.parse("2031-07-01T10:00:05Z");

	@Autowired
	private MockMvc mvc;

	@Autowired
	private UserRepository users;

	@Autowired
	private PasswordEncoder passwordEncoder;

	@Autowired
	private PortalProperties properties;

	@Autowired
	private MutableClock clock;

	@TempDir
	private Path temp;

	@BeforeEach
	void fixTheClock() {
		this.clock.setInstant(NOW);
	}

	@Test
	void firstAdminSignsInWithTheGeneratedPasswordAndMustSetUpTwoFactorBeforeAnythingElse() throws Exception {
		this.users.deleteAll();
		Path passwordFile = this.temp.resolve("initial-admin-password");
		new FirstAdminCreator(this.users, this.passwordEncoder, this.properties.admin(), passwordFile, this.clock)
			.createFirstAdminIfNone();
		String password = Files.readString(passwordFile).strip();

		MockHttpSession session = signedIn(this.mvc, "admin@localhost", password, newAddress());

		this.mvc.perform(get("/admin").session(session)).andExpect(redirectedUrl("/admin/account/two-factor"));
		this.mvc.perform(get("/admin/users").session(session)).andExpect(redirectedUrl("/admin/account/two-factor"));
		String[] secret = new String[1];
		this.mvc.perform(get("/admin/account/two-factor").session(session))
			.andExpect(status().isOk())
			.andExpect(page((html) -> secret[0] = html.select(".two-factor-secret").text().replace(" ", "")));
		String code = Totp.code(Base32.decode(secret[0]), Totp.step(NOW), Totp.DIGITS, Totp.ALGORITHM);
		this.mvc.perform(post("/admin/account/two-factor").session(session).with(csrf()).param("code", code))
			.andExpect(redirectedUrl("/admin/account/two-factor"));

		this.mvc.perform(get("/admin/users").session(session)).andExpect(status().isOk());
		assertThat(this.users.findByEmail("admin@localhost").orElseThrow().isTwoFactorEnabled()).isTrue();
	}

}
