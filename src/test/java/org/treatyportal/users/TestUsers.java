package org.treatyportal.users;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Creates accounts for tests, each with a unique e-mail address, and reads what the audit
 * log says about them.
 */
public class TestUsers {

	/** The password of every account created here. */
	public static final String PASSWORD = "correct horse battery staple";

	private final UserRepository users;

	private final PasswordEncoder passwordEncoder;

	private final JdbcClient jdbc;

	public TestUsers(UserRepository users, PasswordEncoder passwordEncoder, JdbcClient jdbc) {
		this.users = users;
		this.passwordEncoder = passwordEncoder;
		this.jdbc = jdbc;
	}

	public User editor() {
		return create(Role.EDITOR);
	}

	public User admin() {
		return create(Role.ADMIN);
	}

	/** The account as it is in the database now. */
	public User reload(User user) {
		return this.users.findById(user.getId()).orElseThrow();
	}

	/** Signs the request in as this account, as its session would after sign-in. */
	public static RequestPostProcessor as(User user) {
		return SecurityMockMvcRequestPostProcessors.user(SignedInUser.of(user));
	}

	/** The audit actions about an account, oldest first. */
	public List<String> auditActions(User user) {
		return this.jdbc.sql("select action from audit_entry where item_type = 'user' and item_id = :id order by id")
			.param("id", user.getId())
			.query(String.class)
			.list();
	}

	/** The audit actions done as, or attempted as, an e-mail address, oldest first. */
	public List<String> auditActionsOf(String email) {
		return this.jdbc.sql("select action from audit_entry where lower(actor_email) = lower(:email) order by id")
			.param("email", email)
			.query(String.class)
			.list();
	}

	/**
	 * The audit actions about an item with this label (such as a client address), oldest
	 * first.
	 */
	public List<String> auditActionsAbout(String label) {
		return this.jdbc.sql("select action from audit_entry where item_label = :label order by id")
			.param("label", label)
			.query(String.class)
			.list();
	}

	/**
	 * The code an authenticator app shows at that instant for a secret as the setup page
	 * shows it (Base32, spaces allowed).
	 */
	public static String totpCode(String secret, Instant instant) {
		return Totp.code(Base32.decode(secret.replace(" ", "")), Totp.step(instant), Totp.DIGITS, Totp.ALGORITHM);
	}

	private User create(Role role) {
		String email = role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
		return this.users.save(new User(email, "Test " + role.name().toLowerCase(),
				this.passwordEncoder.encode(PASSWORD), role, Instant.now()));
	}

}
