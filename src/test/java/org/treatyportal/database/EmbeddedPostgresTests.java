package org.treatyportal.database;

import java.nio.file.Files;
import java.nio.file.Path;
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

	private static void execute(EmbeddedPostgres server, String sql) throws SQLException {
		try (Connection connection = connect(server); Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

	private static Connection connect(EmbeddedPostgres server) throws SQLException {
		return DriverManager.getConnection(server.jdbcUrl(), server.username(), "");
	}

}
