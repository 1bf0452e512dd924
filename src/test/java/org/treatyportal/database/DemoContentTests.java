package org.treatyportal.database;

import java.util.Map;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.init.ScriptUtils;

import org.treatyportal.demo.DemoContent;
import org.treatyportal.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo content loads into an empty schema and loading it again changes nothing.
 */
class DemoContentTests {

	private static final String SCHEMA = "demo_content_test";

	@Test
	void demoContentLoadsOnceAndNeverDuplicates() throws Exception {
		EmbeddedPostgres server = TestDatabase.server();
		DataSource dataSource = new DriverManagerDataSource(server.jdbcUrl() + "?currentSchema=" + SCHEMA,
				server.username(), server.password());
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		jdbc.execute("drop schema if exists " + SCHEMA + " cascade");
		Flyway flyway = Flyway.configure()
			.dataSource(dataSource)
			.schemas(SCHEMA)
			.locations("classpath:db/migration", DemoContent.LOCATION)
			.load();

		flyway.migrate();
		Map<String, Object> first = counts(jdbc);
		try (var connection = dataSource.getConnection()) {
			for (var script : new ClassPathResource("demo").getFile().listFiles()) {
				ScriptUtils.executeSqlScript(connection, new org.springframework.core.io.FileSystemResource(script));
			}
		}
		Map<String, Object> second = counts(jdbc);

		assertThat(((Number) first.get("press_releases")).intValue()).isGreaterThanOrEqualTo(5);
		assertThat(((Number) first.get("news")).intValue()).isGreaterThanOrEqualTo(10);
		assertThat(
				jdbc.queryForObject("select count(*) from article where title like 'Azerbaijan signs%'", Integer.class))
			.isEqualTo(1);
		assertThat(second).isEqualTo(first);
		jdbc.execute("drop schema " + SCHEMA + " cascade");
	}

	private static Map<String, Object> counts(JdbcTemplate jdbc) {
		return jdbc.queryForMap("select count(*) filter (where kind = 'NEWS') as news,"
				+ " count(*) filter (where kind = 'PRESS_RELEASE') as press_releases,"
				+ " (select count(*) from category) as categories,"
				+ " (select count(*) from article_category) as links from article");
	}

}
