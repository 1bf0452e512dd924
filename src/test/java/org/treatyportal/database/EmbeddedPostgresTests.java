package org.treatyportal.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Starting, stopping and restarting the embedded server on a data folder.
 */
class EmbeddedPostgresTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(60);

	@TempDir
	Path temp;

	@Test
	void dataSurvivesARestart() throws SQLException {
		Path dataDir = this.temp.resolve("postgres");
		try (EmbeddedPostgres first = EmbeddedPostgres.start(dataDir, 0, TIMEOUT)) {
			execute(first, "create table kept (name text); insert into kept values ('still here')");
		}
		try (EmbeddedPostgres second = EmbeddedPostgres.start(dataDir, 0, TIMEOUT)) {
			try (Connection connection = connect(second);
					ResultSet rows = connection.createStatement().executeQuery("select name from kept")) {
				assertThat(rows.next()).isTrue();
				assertThat(rows.getString(1)).isEqualTo("still here");
			}
		}
	}

	@Test
	void connectionsNeedTheGeneratedPasswordWhichOnlyTheOwnerCanRead() throws Exception {
		try (EmbeddedPostgres server = EmbeddedPostgres.start(this.temp.resolve("postgres"), 0, TIMEOUT)) {
			Path passwordFile = server.dataDir().resolve("database-password");
			assertThat(passwordFile).hasContent(server.password());
			assertThat(server.password()).hasSizeGreaterThanOrEqualTo(32);
			assertThat(Files.getPosixFilePermissions(passwordFile))
				.isEqualTo(PosixFilePermissions.fromString("rw-------"));

			assertThatExceptionOfType(SQLException.class)
				.isThrownBy(() -> DriverManager.getConnection(server.jdbcUrl(), server.username(), ""));
			assertThatExceptionOfType(SQLException.class)
				.isThrownBy(() -> DriverManager.getConnection(server.jdbcUrl(), server.username(), "postgres"))
				.withMessageContaining("password authentication failed");
			connect(server).close();
		}
	}

	@Test
	void folderThatTrustedEveryLocalConnectionAsksForAPasswordFromItsNextStart() throws Exception {
		Path dataDir = this.temp.resolve("postgres");
		try (EmbeddedPostgres server = EmbeddedPostgres.start(dataDir, 0, TIMEOUT)) {
			execute(server, "create table kept (name text); insert into kept values ('still here');"
					+ "alter role postgres password null");
		}
		madeByAnEarlierVersion(dataDir);

		try (EmbeddedPostgres server = EmbeddedPostgres.start(dataDir, 0, TIMEOUT)) {
			assertThat(dataDir.resolve("database-password")).hasContent(server.password());
			assertThatExceptionOfType(SQLException.class)
				.isThrownBy(() -> DriverManager.getConnection(server.jdbcUrl(), server.username(), ""));
			try (Connection connection = connect(server);
					ResultSet rows = connection.createStatement().executeQuery("select name from kept")) {
				assertThat(rows.next()).isTrue();
				assertThat(rows.getString(1)).isEqualTo("still here");
			}
		}
		try (EmbeddedPostgres again = EmbeddedPostgres.start(dataDir, 0, TIMEOUT)) {
			connect(again).close();
			assertThatExceptionOfType(SQLException.class)
				.isThrownBy(() -> DriverManager.getConnection(again.jdbcUrl(), again.username(), ""));
		}
	}

	@Test
	void missingPasswordFileIsReportedWithAClearMessage() throws Exception {
		Path dataDir = this.temp.resolve("postgres");
		EmbeddedPostgres.start(dataDir, 0, TIMEOUT).close();
		Files.delete(dataDir.resolve("database-password"));

		assertThatExceptionOfType(EmbeddedPostgresException.class)
			.isThrownBy(() -> EmbeddedPostgres.start(dataDir, 0, TIMEOUT))
			.withMessageContaining("database-password")
			.withMessageNotContaining("\n");
	}

	@Test
	void stopEndsTheServer() throws SQLException {
		EmbeddedPostgres server = EmbeddedPostgres.start(this.temp.resolve("postgres"), 0, TIMEOUT);
		connect(server).close();

		server.close();

		assertThat(Files.exists(server.dataDir().resolve("postmaster.pid"))).isFalse();
		assertThatExceptionOfType(SQLException.class).isThrownBy(() -> connect(server));
	}

	@Test
	void secondServerOnTheSameFolderIsRefusedWithAClearMessage() {
		Path dataDir = this.temp.resolve("postgres");
		try (EmbeddedPostgres running = EmbeddedPostgres.start(dataDir, 0, TIMEOUT)) {
			assertThatExceptionOfType(EmbeddedPostgresException.class)
				.isThrownBy(() -> EmbeddedPostgres.start(dataDir, 0, TIMEOUT))
				.withMessageContaining("already using")
				.withMessageContaining("portal.embedded-database.data-dir")
				.withMessageNotContaining("\n");
		}
	}

	@Test
	void folderWithOtherFilesIsRefusedWithAClearMessage() throws Exception {
		Path dataDir = Files.createDirectories(this.temp.resolve("not-a-database"));
		Files.writeString(dataDir.resolve("notes.txt"), "mine");

		assertThatExceptionOfType(EmbeddedPostgresException.class)
			.isThrownBy(() -> EmbeddedPostgres.start(dataDir, 0, TIMEOUT))
			.withMessageContaining("is not empty")
			.withMessageNotContaining("\n");
		assertThat(dataDir.resolve("notes.txt")).hasContent("mine");
	}

	/**
	 * A folder as initdb {@code -A trust} made it before passwords were asked for: no
	 * password, no file.
	 */
	private static void madeByAnEarlierVersion(Path dataDir) throws IOException {
		Path hba = dataDir.resolve("pg_hba.conf");
		Files.writeString(hba, Files.readString(hba).replace("scram-sha-256", "trust"));
		Files.delete(dataDir.resolve("database-password"));
	}

	private static void execute(EmbeddedPostgres server, String sql) throws SQLException {
		try (Connection connection = connect(server); Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

	private static Connection connect(EmbeddedPostgres server) throws SQLException {
		return DriverManager.getConnection(server.jdbcUrl(), server.username(), server.password());
	}

}
