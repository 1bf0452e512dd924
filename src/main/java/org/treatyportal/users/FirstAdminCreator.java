package org.treatyportal.users;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import org.treatyportal.config.OwnerOnlyFiles;
import org.treatyportal.config.PortalProperties;
import org.treatyportal.database.EmbeddedPostgres;

/**
 * Creates the first administrator when none exists: with {@code PORTAL_ADMIN_EMAIL} and
 * {@code PORTAL_ADMIN_PASSWORD} when they are set, otherwise with a generated password
 * that is written to a file only the site's system user can read (the log says where,
 * never what), as Jenkins does with its {@code initialAdminPassword}. The file is deleted
 * at the first start after that password stopped working.
 */
@Component
class FirstAdminCreator {

	static final String PASSWORD_FILE_NAME = "initial-admin-password";

	private static final Logger logger = LoggerFactory.getLogger(FirstAdminCreator.class);

	private static final int GENERATED_PASSWORD_BYTES = 15;

	private final UserRepository users;

	private final PasswordEncoder passwordEncoder;

	private final PortalProperties.Admin admin;

	private final Path passwordFile;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	@Autowired
	FirstAdminCreator(UserRepository users, PasswordEncoder passwordEncoder, PortalProperties properties,
			ObjectProvider<EmbeddedPostgres> embedded, Clock clock) {
		this(users, passwordEncoder, properties.admin(), passwordFile(properties.admin(), embedded.getIfAvailable()),
				clock);
	}

	FirstAdminCreator(UserRepository users, PasswordEncoder passwordEncoder, PortalProperties.Admin admin,
			Path passwordFile, Clock clock) {
		this.users = users;
		this.passwordEncoder = passwordEncoder;
		this.admin = admin;
		this.passwordFile = passwordFile.toAbsolutePath().normalize();
		this.clock = clock;
	}

	static Path passwordFile(PortalProperties.Admin admin, EmbeddedPostgres embedded) {
		if (admin.passwordFile() != null) {
			return admin.passwordFile();
		}
		return (embedded != null) ? embedded.dataDir().resolve(PASSWORD_FILE_NAME)
				: Path.of("data", PASSWORD_FILE_NAME);
	}

	@EventListener(ApplicationReadyEvent.class)
	void createFirstAdminIfNone() {
		deletePasswordFileOnceChanged();
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
		if (generated) {
			// Written before the account exists, so that no account is left whose
			// password nobody knows.
			writePasswordFile(password);
		}
		try {
			this.users.saveAndFlush(new User(email, "Administrator", this.passwordEncoder.encode(password), Role.ADMIN,
					this.clock.instant()));
		}
		catch (DataIntegrityViolationException ex) {
			// Another node created it at the same moment; a file of ours goes at the next
			// start.
			return;
		}
		if (generated) {
			logger.warn("Created the first administrator {} with a generated password, which is in {} "
					+ "(readable only by this system user): sign in at /login with it and set up two-factor sign-in",
					email, this.passwordFile);
		}
		else {
			logger.info("Created the first administrator {} from PORTAL_ADMIN_EMAIL/PORTAL_ADMIN_PASSWORD", email);
		}
	}

	/**
	 * A generated password that no longer opens the first admin's account is of no use to
	 * anyone.
	 */
	private void deletePasswordFileOnceChanged() {
		try {
			Optional<String> password = OwnerOnlyFiles.read(this.passwordFile);
			if (password.isEmpty()) {
				return;
			}
			Optional<User> firstAdmin = this.users.findByEmail(this.admin.email().strip());
			if (firstAdmin.isEmpty()
					|| !this.passwordEncoder.matches(password.get(), firstAdmin.get().getPasswordHash())) {
				Files.delete(this.passwordFile);
				logger.info("Deleted {}: the password it held no longer works", this.passwordFile);
			}
		}
		catch (IOException ex) {
			logger.warn("Could not check or delete {} ({}); delete it by hand", this.passwordFile, ex.getMessage());
		}
	}

	private void writePasswordFile(String password) {
		try {
			OwnerOnlyFiles.write(this.passwordFile, password + "\n");
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not write the first administrator's generated password to "
					+ this.passwordFile + " (" + ex + "); set portal.admin.password-file to a writable place, "
					+ "or set PORTAL_ADMIN_EMAIL and PORTAL_ADMIN_PASSWORD", ex);
		}
	}

	private String generatePassword() {
		byte[] bytes = new byte[GENERATED_PASSWORD_BYTES];
		this.random.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
