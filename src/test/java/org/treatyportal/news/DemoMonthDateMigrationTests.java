package org.treatyportal.news;

import java.util.Map;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import org.treatyportal.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * V66 dates the demo press release on Estonia's contribution to February 2008 in
 * databases that hold the old demo row (dated 15 February), and leaves it alone once an
 * editor has saved it; a fresh database gets the same row from the demo content.
 */
class DemoMonthDateMigrationTests {

	private static final String SCHEMA = "demo_month_date_test";

	private static final String SLUG = "estonian-contribution-to-the-project-on-cybercrime";

	private static final String OLD_ROW = "insert into article (kind, slug, title, summary, body, state,"
			+ " publish_at, first_published_at, created_at, updated_at, author_id) values ('PRESS_RELEASE', '" + SLUG
			+ "', 'Estonian contribution to the Project on Cybercrime', 'Estonia has pledged EUR 50,000.', '<p>Text</p>',"
			+ " 'PUBLISHED', '2008-02-15 10:00:00+01', '2008-02-15 10:00:00+01', '2008-02-15 10:00:00+01',"
			+ " '2008-02-15 10:00:00+01', null)";

	private DataSource dataSource;

	private JdbcTemplate jdbc;

	@BeforeEach
	void emptySchema() {
		this.dataSource = new DriverManagerDataSource(TestDatabase.server().jdbcUrl() + "?currentSchema=" + SCHEMA,
				TestDatabase.server().username(), TestDatabase.server().password());
		this.jdbc = new JdbcTemplate(this.dataSource);
		this.jdbc.execute("drop schema if exists " + SCHEMA + " cascade");
	}

	@AfterEach
	void dropSchema() {
		this.jdbc.execute("drop schema if exists " + SCHEMA + " cascade");
	}

	@Test
	void oldDemoRowIsDatedToTheMonth() {
		flyway("65", "classpath:db/migration").migrate();
		this.jdbc.execute(OLD_ROW);

		flyway(null, "classpath:db/migration").migrate();

		assertThat(row()).containsEntry("date_precision", "MONTH")
			.containsEntry("publish_at", "2008-01-31T23:00:00Z")
			.containsEntry("first_published_at", "2008-01-31T23:00:00Z")
			.containsEntry("updated_at", "2008-01-31T23:00:00Z");
	}

	@Test
	void rowAnEditorSavedIsLeftAlone() {
		flyway("65", "classpath:db/migration").migrate();
		this.jdbc.execute(OLD_ROW);
		this.jdbc.update("update article set summary = 'Edited', updated_at = '2026-11-30 10:00:00+01', version = 1"
				+ " where slug = ?", SLUG);

		flyway(null, "classpath:db/migration").migrate();

		assertThat(row()).containsEntry("date_precision", "DAY").containsEntry("publish_at", "2008-02-15T09:00:00Z");
	}

	@Test
	void freshDemoContentHasTheSameRowAsACorrectedDatabase() {
		flyway(null, "classpath:db/migration", "classpath:demo").migrate();

		assertThat(row()).containsEntry("date_precision", "MONTH")
			.containsEntry("publish_at", "2008-01-31T23:00:00Z")
			.containsEntry("first_published_at", "2008-01-31T23:00:00Z")
			.containsEntry("updated_at", "2008-01-31T23:00:00Z");
	}

	private Flyway flyway(String target, String... locations) {
		var configuration = Flyway.configure().dataSource(this.dataSource).schemas(SCHEMA).locations(locations);
		if (target != null) {
			configuration.target(target);
		}
		return configuration.load();
	}

	private Map<String, Object> row() {
		return this.jdbc.queryForMap("select date_precision,"
				+ " to_char(publish_at at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"') as publish_at,"
				+ " to_char(first_published_at at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"') as first_published_at,"
				+ " to_char(updated_at at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"') as updated_at"
				+ " from article where slug = ?", SLUG);
	}

}
