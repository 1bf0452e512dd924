package org.treatyportal.users;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;
import org.treatyportal.config.PortalProperties;
import org.treatyportal.support.PortalIntegrationTest;

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

	@Test
	void configuredAdminIsCreatedWithAHashedPassword() {
		this.users.deleteAll();

		creator("chief@example.org", "a configured secret").createFirstAdminIfNone();

		User admin = this.users.findByEmail("CHIEF@example.org").orElseThrow();
		assertThat(admin.getRole()).isEqualTo(Role.ADMIN);
		assertThat(admin.getPasswordHash()).startsWith("{bcrypt}").doesNotContain("a configured secret");
		assertThat(this.passwordEncoder.matches("a configured secret", admin.getPasswordHash())).isTrue();
	}

	@Test
	void generatedPasswordIsLoggedOnceAndWorks(CapturedOutput output) {
		this.users.deleteAll();
		FirstAdminCreator creator = creator("admin@localhost", null);
		int logStart = output.getOut().length();

		creator.createFirstAdminIfNone();
		creator.createFirstAdminIfNone();

		String log = output.getOut().substring(logStart);
		assertThat(log.split("generated password", -1)).hasSize(2);
		String line = log.lines().filter((l) -> l.contains("generated password")).findFirst().orElseThrow();
		String password = line.replaceAll(".*generated password (\\S+).*", "$1");
		User admin = this.users.findByEmail("admin@localhost").orElseThrow();
		assertThat(this.passwordEncoder.matches(password, admin.getPasswordHash())).isTrue();
		assertThat(this.users.count()).isEqualTo(1);
	}

	@Test
	void nothingHappensWhenAnAdminExists() {
		long before = this.users.count();
		this.users.save(new User("existing-admin@example.org", "Admin", "{noop}x", Role.ADMIN, CLOCK.instant()));

		creator("someone-else@example.org", "whatever password").createFirstAdminIfNone();

		assertThat(this.users.findByEmail("someone-else@example.org")).isEmpty();
		assertThat(this.users.count()).isEqualTo(before + 1);
	}

	private FirstAdminCreator creator(String email, String password) {
		PortalProperties properties = new PortalProperties("Site", "Organisation", "Tagline", ZoneId.of("UTC"), null,
				null, new PortalProperties.Admin(email, password), null);
		return new FirstAdminCreator(this.users, this.passwordEncoder, properties, CLOCK);
	}

}
