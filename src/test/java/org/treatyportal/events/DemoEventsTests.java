package org.treatyportal.events;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.init.ScriptUtils;

import org.treatyportal.database.EmbeddedPostgres;
import org.treatyportal.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo events load into an empty schema with the times of the seed page, linked to
 * their news items, and loading them again changes nothing.
 */
class DemoEventsTests {

	private static final String SCHEMA = "demo_events_test";

	@Test
	void demoEventsLoadOnceWithTheirNewsAndTheRightInstants() throws Exception {
		EmbeddedPostgres server = TestDatabase.server();
		DataSource dataSource = new DriverManagerDataSource(server.jdbcUrl() + "?currentSchema=" + SCHEMA,
				server.username(), server.password());
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		jdbc.execute("drop schema if exists " + SCHEMA + " cascade");
		Flyway.configure()
			.dataSource(dataSource)
			.schemas(SCHEMA)
			.locations("classpath:db/migration", "classpath:demo")
			.load()
			.migrate();
		Map<String, Object> first = counts(jdbc);

		try (var connection = dataSource.getConnection()) {
			ScriptUtils.executeSqlScript(connection, new ClassPathResource("demo/R__demo_events.sql"));
		}

		assertThat(counts(jdbc)).isEqualTo(first);
		assertThat(((Number) first.get("events")).intValue()).isEqualTo(19);
		assertThat(((Number) first.get("links")).intValue()).isEqualTo(16);
		assertThat(instant(jdbc, "select starts_at from event where slug = 'octopus-interface-2008'"))
			.isEqualTo(Instant.parse("2008-04-01T07:00:00Z"));
		assertThat(instant(jdbc, "select starts_at from event where slug = 'octopus-interface-2009'"))
			.isEqualTo(Instant.parse("2009-03-10T08:00:00Z"));
		assertThat(instant(jdbc, "select ends_at from event where slug = 'workshop-on-cybercrime-colombo-2008'"))
			.isEqualTo(Instant.parse("2008-10-28T18:30:00Z"));
		assertThat(
				jdbc.queryForList(
						"select e.slug from event e where not exists"
								+ " (select 1 from event_article l where l.event_id = e.id) order by e.slug",
						String.class))
			.containsExactly("octopus-interface-2007", "octopus-interface-2009", "t-cy-fourth-meeting-2009",
					"t-cy-second-meeting-2007");
		jdbc.execute("drop schema " + SCHEMA + " cascade");
	}

	private static Map<String, Object> counts(JdbcTemplate jdbc) {
		return jdbc.queryForMap(
				"select (select count(*) from event) as events," + " (select count(*) from event_article) as links");
	}

	private static Instant instant(JdbcTemplate jdbc, String sql) {
		return jdbc.queryForObject(sql, OffsetDateTime.class).toInstant();
	}

}
