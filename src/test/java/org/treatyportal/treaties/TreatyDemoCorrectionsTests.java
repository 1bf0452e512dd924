package org.treatyportal.treaties;

import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import org.treatyportal.database.EmbeddedPostgres;
import org.treatyportal.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A database that loaded the demo treaties before issue 12 (the demo file as it was then,
 * kept in {@code db/demo-before-v61}) gets the corrections of
 * {@code V61__correct_demo_treaties.sql} on its next start, with demo content still on or
 * switched off since; rows an admin changed are left alone, and a database that never
 * loaded the demo content gets none of it.
 */
class TreatyDemoCorrectionsTests {

	private static final String LATVIA_RESERVATION = "select s.text from treaty_statement s join treaty_party p"
			+ " on p.id = s.party_id join treaty t on t.id = p.treaty_id"
			+ " where t.number = 185 and p.country_code = 'LV' and s.kind = 'RESERVATION'";

	@Test
	void demoDatabaseOfBeforeGetsTheCorrectionsButKeepsWhatAnAdminChanged() {
		JdbcTemplate jdbc = oldDemoDatabase("demo_corrections_on");
		// An admin rewrote Latvia's reservation and recorded Albania's ratification of
		// ETS 189 by hand.
		jdbc.update("update treaty_statement set text = 'Text checked by an admin', version = version + 1"
				+ " where id = (" + LATVIA_RESERVATION.replace("s.text", "s.id") + ")");
		jdbc.update(
				"insert into treaty_party (treaty_id, country_code, signature_date, consent_date, consent_kind, notes)"
						+ " select id, 'AL', date '2003-05-26', date '2004-11-26', 'RATIFICATION', 'Recorded by an admin'"
						+ " from treaty where number = 189");

		upgrade(jdbc, "classpath:db/migration", "classpath:demo");

		assertThat(party(jdbc, 189, "MD")).containsEntry("signature_date", "2003-04-25")
			.containsEntry("source_note", "Netherlands treaty database, entry 010573 (mirrors the depositary's chart)")
			.containsEntry("source_published", true);
		assertThat(jdbc.queryForObject(LATVIA_RESERVATION, String.class)).isEqualTo("Text checked by an admin");
		assertThat(party(jdbc, 189, "AL")).containsEntry("notes", "Recorded by an admin")
			.containsEntry("source_note", "");
		assertProtocolAsAtTheEndOf2008(jdbc);
		assertThat(corrections(jdbc)).contains("ETS 189 · Moldova").doesNotContain("ETS 185 · Latvia · RESERVATION");
		jdbc.execute("drop schema demo_corrections_on cascade");
	}

	@Test
	void demoDatabaseWithDemoContentSwitchedOffGetsTheCorrectionsFromTheMigrationAlone() {
		JdbcTemplate jdbc = oldDemoDatabase("demo_corrections_off");
		// An admin added a note to Moldova's signature of ETS 189 and to Albania's record
		// of ETS 185.
		jdbc.update("update treaty_party set notes = 'Checked with the ministry', version = version + 1"
				+ " where country_code in ('MD', 'AL')");

		upgrade(jdbc, "classpath:db/migration");

		assertThat(party(jdbc, 189, "MD")).containsEntry("signature_date", "2003-03-25")
			.containsEntry("source_note", "");
		assertThat(party(jdbc, 185, "AL")).containsEntry("source_note", "");
		assertThat(party(jdbc, 185, "AM")).containsEntry("source_note",
				"Council of Europe Treaty Office, chart of signatures and ratifications of treaty 185"
						+ " (status as of 18/06/2004 and 03/12/2015)");
		assertThat(party(jdbc, 185, "IE")).containsEntry("signature_date", "2002-02-28")
			.containsEntry("source_note", "Netherlands Treaty Series, Trb. 2007, 10");
		assertThat(party(jdbc, 185, "LU")).containsEntry("signature_date", "2003-01-28");
		assertThat(jdbc.queryForObject(LATVIA_RESERVATION, String.class)).contains(
				"not to establish jurisdiction over an offence committed by one of its nationals outside its territory"
						+ " if the offence is punishable under the criminal law of the place where it was committed",
				"completed by a letter of 31 May 2007");
		assertThat(jdbc.queryForObject("select count(*) from treaty_party p join treaty t on t.id = p.treaty_id"
				+ " where t.number = 189 and p.country_code <> 'MD'", Long.class))
			.isEqualTo(25);
		assertThat(jdbc.queryForObject("select count(*) from treaty_party p join treaty t on t.id = p.treaty_id"
				+ " where t.number = 189 and p.consent_date <= date '2008-12-31'", Long.class))
			.isEqualTo(12);
		assertThat(corrections(jdbc))
			.contains("ETS 185 · Latvia · RESERVATION", "ETS 185 · Ireland", "ETS 189 · Norway")
			.doesNotContain("ETS 189 · Moldova", "ETS 185 · Albania");
		jdbc.execute("drop schema demo_corrections_off cascade");
	}

	@Test
	void databaseThatNeverLoadedTheDemoContentIsLeftAlone() {
		JdbcTemplate jdbc = database("demo_corrections_none");
		migrate(jdbc, true, "classpath:db/migration");
		jdbc.update("insert into treaty (series, number, title, short_title, entry_into_force, months_after_deposit)"
				+ " values ('ETS', 189, 'Protocol', 'Protocol', date '2006-03-01', 3)");
		jdbc.update("insert into treaty_party (treaty_id, country_code, signature_date)"
				+ " select id, 'MD', date '2003-03-25' from treaty where number = 189");

		upgrade(jdbc, "classpath:db/migration");

		assertThat(party(jdbc, 189, "MD")).containsEntry("signature_date", "2003-03-25");
		assertThat(jdbc.queryForObject("select count(*) from treaty_party", Long.class)).isEqualTo(1);
		assertThat(corrections(jdbc)).isEmpty();
		jdbc.execute("drop schema demo_corrections_none cascade");
	}

	private static void assertProtocolAsAtTheEndOf2008(JdbcTemplate jdbc) {
		Map<String, Object> counts = jdbc.queryForMap("select"
				+ " count(*) filter (where p.consent_date <= date '2008-12-31') as ratified,"
				+ " count(*) filter (where p.consent_date is null and p.signature_date <= date '2008-12-31') as signed"
				+ " from treaty_party p join treaty t on t.id = p.treaty_id where t.number = 189");
		assertThat(counts).containsEntry("ratified", 12L).containsEntry("signed", 14L);
	}

	/**
	 * A schema migrated as a database was before issue 12: the old migrations and the old
	 * demo file.
	 */
	private static JdbcTemplate oldDemoDatabase(String schema) {
		JdbcTemplate jdbc = database(schema);
		migrate(jdbc, true, "classpath:db/migration", "classpath:db/demo-before-v61");
		assertThat(jdbc.queryForObject(
				"select count(*) from treaty_party p join treaty t on t.id = p.treaty_id" + " where t.number = 189",
				Long.class))
			.isOne();
		return jdbc;
	}

	private static void upgrade(JdbcTemplate jdbc, String... locations) {
		migrate(jdbc, false, locations);
	}

	private static void migrate(JdbcTemplate jdbc, boolean beforeIssue12, String... locations) {
		var configuration = Flyway.configure()
			.dataSource(jdbc.getDataSource())
			.schemas(schema(jdbc))
			.locations(locations)
			.ignoreMigrationPatterns("*:future", "repeatable:missing");
		if (beforeIssue12) {
			// Up to the last version below issue 12's, whichever it is ("?": it need not
			// exist).
			configuration.target("59?");
		}
		configuration.load().migrate();
	}

	private static JdbcTemplate database(String schema) {
		EmbeddedPostgres server = TestDatabase.server();
		DataSource dataSource = new DriverManagerDataSource(server.jdbcUrl() + "?currentSchema=" + schema,
				server.username(), server.password());
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		jdbc.execute("drop schema if exists " + schema + " cascade");
		return jdbc;
	}

	private static String schema(JdbcTemplate jdbc) {
		String url = ((DriverManagerDataSource) jdbc.getDataSource()).getUrl();
		return url.substring(url.indexOf("currentSchema=") + "currentSchema=".length());
	}

	private static Map<String, Object> party(JdbcTemplate jdbc, int treaty, String code) {
		return jdbc.queryForMap("select p.signature_date::text as signature_date, p.notes, p.source_note,"
				+ " p.source_published from treaty_party p join treaty t on t.id = p.treaty_id"
				+ " where t.number = ? and p.country_code = ?", treaty, code);
	}

	private static List<String> corrections(JdbcTemplate jdbc) {
		return jdbc.queryForList("select item_label from audit_entry where action = 'DEMO_DATA_CORRECTED'",
				String.class);
	}

}
