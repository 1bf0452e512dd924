package org.treatyportal.users;

import java.time.Instant;
import java.util.UUID;

import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Creates accounts for tests, each with a unique e-mail address.
 */
public class TestUsers {

	/** The password of every account created here. */
	public static final String PASSWORD = "correct horse battery staple";

	private final UserRepository users;

	private final PasswordEncoder passwordEncoder;

	public TestUsers(UserRepository users, PasswordEncoder passwordEncoder) {
		this.users = users;
		this.passwordEncoder = passwordEncoder;
	}

	public User editor() {
		return create(Role.EDITOR);
	}

	public User admin() {
		return create(Role.ADMIN);
	}

	private User create(Role role) {
		String email = role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
		return this.users.save(new User(email, "Test " + role.name().toLowerCase(), this.passwordEncoder.encode(PASSWORD),
				role, Instant.now()));
	}

}
