package org.treatyportal.users;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.treatyportal.config.PortalProperties;

/**
 * Creates the first administrator when none exists: with {@code PORTAL_ADMIN_EMAIL} and
 * {@code PORTAL_ADMIN_PASSWORD} when they are set, otherwise with a generated password
 * that is written to the log this once and never stored in clear.
 */
@Component
class FirstAdminCreator {

	private static final Logger logger = LoggerFactory.getLogger(FirstAdminCreator.class);

	private static final int GENERATED_PASSWORD_BYTES = 15;

	private final UserRepository users;

	private final PasswordEncoder passwordEncoder;

	private final PortalProperties.Admin admin;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	FirstAdminCreator(UserRepository users, PasswordEncoder passwordEncoder, PortalProperties properties,
			Clock clock) {
		this.users = users;
		this.passwordEncoder = passwordEncoder;
		this.admin = properties.admin();
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	void createFirstAdminIfNone() {
		if (this.users.existsByRoleAndEnabledTrue(Role.ADMIN)) {
			return;
		}
		String email = this.admin.email().strip();
		if (this.users.findByEmail(email).isPresent()) {
			logger.warn("No enabled administrator exists and {} is taken by another account; "
					+ "set PORTAL_ADMIN_EMAIL to a new address to create one", email);
			return;
		}
		boolean generated = this.admin.password() == null || this.admin.password().isBlank();
		String password = generated ? generatePassword() : this.admin.password();
		try {
			this.users.saveAndFlush(new User(email, "Administrator", this.passwordEncoder.encode(password), Role.ADMIN,
					this.clock.instant()));
		}
		catch (DataIntegrityViolationException ex) {
			// Another node created it at the same moment.
			return;
		}
		if (generated) {
			logger.warn("Created the first administrator {} with the generated password {} "
					+ "(shown only this once: sign in at /login and keep it safe)", email, password);
		}
		else {
			logger.info("Created the first administrator {} from PORTAL_ADMIN_EMAIL/PORTAL_ADMIN_PASSWORD", email);
		}
	}

	private String generatePassword() {
		byte[] bytes = new byte[GENERATED_PASSWORD_BYTES];
		this.random.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
