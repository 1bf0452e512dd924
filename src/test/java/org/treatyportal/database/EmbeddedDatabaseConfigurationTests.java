package org.treatyportal.database;

import java.nio.file.Path;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.JdbcTemplate;

import org.treatyportal.config.PortalProperties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When the embedded server starts, and what is said when it cannot.
 */
class EmbeddedDatabaseConfigurationTests {

	@TempDir
	Path temp;

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withUserConfiguration(EmbeddedDatabaseConfiguration.class, PropertiesConfiguration.class);

	@Test
	void withoutDataSourceUrlTheEmbeddedServerStartsInTheConfiguredFolder() {
		Path dataDir = this.temp.resolve("db");
		this.runner.withPropertyValues("portal.embedded-database.data-dir=" + dataDir).run((context) -> {
			assertThat(context).hasSingleBean(EmbeddedPostgres.class);
			Integer one = new JdbcTemplate(context.getBean(DataSource.class)).queryForObject("select 1", Integer.class);
			assertThat(one).isEqualTo(1);
			assertThat(dataDir.resolve("PG_VERSION")).exists();
		});
		assertThat(dataDir.resolve("postmaster.pid")).doesNotExist();
	}

	@Test
	void withDataSourceUrlNoEmbeddedServerStarts() {
		this.runner
			.withPropertyValues("spring.datasource.url=jdbc:postgresql://db.example.org/portal",
					"portal.embedded-database.data-dir=" + this.temp.resolve("unused"))
			.run((context) -> {
				assertThat(context).doesNotHaveBean(EmbeddedPostgres.class);
				assertThat(context).doesNotHaveBean(DataSource.class);
			});
		assertThat(this.temp.resolve("unused")).doesNotExist();
	}

	@Test
	void failureIsReportedWithItsCauseAndTheFix() {
		FailureAnalysis analysis = new EmbeddedPostgresFailureAnalyzer()
			.analyze(new IllegalStateException(new EmbeddedPostgresException("port 5432 is taken", null)));

		assertThat(analysis.getDescription()).isEqualTo("The embedded PostgreSQL could not start: port 5432 is taken.");
		assertThat(analysis.getAction()).contains("SPRING_DATASOURCE_URL");
	}

	@EnableConfigurationProperties(PortalProperties.class)
	static class PropertiesConfiguration {

	}

}
