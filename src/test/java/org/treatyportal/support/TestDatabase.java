package org.treatyportal.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

import org.treatyportal.database.EmbeddedPostgres;

/**
 * One real PostgreSQL for the whole test run, in a temporary folder, shared by every
 * Spring test context. Registered for all contexts in {@code META-INF/spring.factories}.
 * The application sees it as an external database, so it is given what a production site
 * is given: the database password, an encryption key, and where to write the first
 * admin's generated password (the test database's folder).
 */
public class TestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	/**
	 * The key that encrypts two-factor secrets in every context of the run, as a
	 * production site has one.
	 */
	public static final String ENCRYPTION_KEY = randomKey();

	private static EmbeddedPostgres server;

	/**
	 * A context whose environment names a database here gets that database of the shared
	 * server (which the test creates) rather than the default one, as the nodes of
	 * {@code ClusterTests} do.
	 */
	public static final String DATABASE_PROPERTY = "treaty-portal.test.database";

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		EmbeddedPostgres postgres = server();
		String database = context.getEnvironment().getProperty(DATABASE_PROPERTY);
		String url = (database != null) ? jdbcUrl(database) : postgres.jdbcUrl();
		context.getEnvironment()
			.getPropertySources()
			.addFirst(new MapPropertySource("testDatabase",
					Map.of("spring.datasource.url", url, "spring.datasource.username", postgres.username(),
							"spring.datasource.password", postgres.password(), "portal.admin.password-file",
							postgres.dataDir().resolve("initial-admin-password").toString(),
							"portal.security.encryption-key", ENCRYPTION_KEY)));
	}

	/** The address of another database on the shared server. */
	public static String jdbcUrl(String database) {
		String url = server().jdbcUrl();
		return url.substring(0, url.lastIndexOf('/') + 1) + database;
	}

	private static String randomKey() {
		byte[] key = new byte[32];
		new SecureRandom().nextBytes(key);
		return Base64.getEncoder().encodeToString(key);
	}

	/** The shared server, started on first use and stopped when the JVM exits. */
	public static synchronized EmbeddedPostgres server() {
		if (server == null) {
			try {
				Path dataDir = Files.createTempDirectory("treaty-portal-test-db");
				Files.delete(dataDir);
				EmbeddedPostgres started = EmbeddedPostgres.start(dataDir, 0, Duration.ofSeconds(60));
				Runtime.getRuntime().addShutdownHook(new Thread(() -> {
					started.close();
					deleteRecursively(dataDir);
				}));
				server = started;
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return server;
	}

	static void deleteRecursively(Path dir) {
		try (var paths = Files.walk(dir)) {
			paths.sorted(Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
		}
		catch (IOException ex) {
			// Temporary files: the operating system cleans up what is left.
		}
	}

}
