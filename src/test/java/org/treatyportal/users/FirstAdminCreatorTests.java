package org.treatyportal.users;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;

import org.treatyportal.config.PortalProperties;
import org.treatyportal.support.PortalIntegrationTest;
import org.treatyportal.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The first administrator, on a database emptied of accounts inside a transaction that
 * each test rolls back.
 */
@PortalIntegrationTest
@Transactional
@ExtendWith(OutputCaptureExtension.class)
class FirstAdminCreatorTests {

	private static final Clock CLOCK = Clock.fixed(Instant.parse("2030-01-01T00:00:00Z"), ZoneOffset.UTC);

	@Autowired
	private UserRepository users;

	@Autowired
	private PasswordEncoder passwordEncoder;

	@TempDir
	private Path temp;

	@Test
	void configuredAdminIsCreatedWithAHashedPassword() {
		this.users.deleteAll();

		creator("chief@example.org", "a configured secret").createFirstAdminIfNone();

		User admin = this.users.findByEmail("CHIEF@example.org").orElseThrow();
		assertThat(admin.getRole()).isEqualTo(Role.ADMIN);
		assertThat(admin.getPasswordHash()).startsWith("{bcrypt}").doesNotContain("a configured secret");
		assertThat(this.passwordEncoder.matches("a configured secret", admin.getPasswordHash())).isTrue();
		assertThat(passwordFile()).doesNotExist();
	}

	@Test
	void generatedPasswordGoesToAFileOnlyTheOwnerReadsAndNeverToTheLog(CapturedOutput output) throws Exception {
		this.users.deleteAll();
		FirstAdminCreator creator = creator("admin@localhost", null);
		int logStart = output.getOut().length();

		creator.createFirstAdminIfNone();
		creator.createFirstAdminIfNone();

		String password = Files.readString(passwordFile()).strip();
		assertThat(password).hasSizeGreaterThanOrEqualTo(20);
		assertThat(Files.getPosixFilePermissions(passwordFile()))
			.isEqualTo(PosixFilePermissions.fromString("rw-------"));
		User admin = this.users.findByEmail("admin@localhost").orElseThrow();
		assertThat(this.passwordEncoder.matches(password, admin.getPasswordHash())).isTrue();
		assertThat(this.users.count()).isEqualTo(1);
		String log = output.getOut().substring(logStart);
		assertThat(log).doesNotContain(password);
		assertThat(log.split("generated password", -1)).hasSize(2);
		assertThat(log).contains(passwordFile().toString());
	}

	@Test
	void passwordFileIsDeletedAtTheNextStartOnceThePasswordWasChanged() throws Exception {
		this.users.deleteAll();
		creator("admin@localhost", null).createFirstAdminIfNone();
		User admin = this.users.findByEmail("admin@localhost").orElseThrow();

		creator("admin@localhost", null).createFirstAdminIfNone();
		assertThat(passwordFile()).exists();

		admin.changePassword(this.passwordEncoder.encode("a password of the admin's own"), CLOCK.instant());
		this.users.flush();
		creator("admin@localhost", null).createFirstAdminIfNone();

		assertThat(passwordFile()).doesNotExist();
	}

	@Test
	void nothingHappensWhenAnAdminExists() {
		long before = this.users.count();
		this.users.save(new User("existing-admin@example.org", "Admin", "{noop}x", Role.ADMIN, CLOCK.instant()));

		creator("someone-else@example.org", "whatever password").createFirstAdminIfNone();

		assertThat(this.users.findByEmail("someone-else@example.org")).isEmpty();
		assertThat(this.users.count()).isEqualTo(before + 1);
	}

	@Test
	void passwordFileIsInTheEmbeddedDatabaseFolderOrElseInData() {
		PortalProperties.Admin unset = properties("admin@localhost", null).admin();

		assertThat(FirstAdminCreator.passwordFile(unset, TestDatabase.server()))
			.isEqualTo(TestDatabase.server().dataDir().resolve("initial-admin-password"));
		assertThat(FirstAdminCreator.passwordFile(unset, null)).isEqualTo(Path.of("data", "initial-admin-password"));
	}

	private Path passwordFile() {
		return this.temp.resolve("secrets").resolve("initial-admin-password");
	}

	private FirstAdminCreator creator(String email, String password) {
		return new FirstAdminCreator(this.users, this.passwordEncoder, properties(email, password).admin(),
				passwordFile(), CLOCK);
	}

	private static PortalProperties properties(String email, String password) {
		Map<String, String> settings = new HashMap<>();
		settings.put("portal.admin.email", email);
		if (password != null) {
			settings.put("portal.admin.password", password);
		}
		return new Binder(new MapConfigurationPropertySource(settings)).bindOrCreate("portal", PortalProperties.class);
	}

}
