package org.treatyportal.treaties;

import java.util.Map;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.init.ScriptUtils;

import org.treatyportal.database.EmbeddedPostgres;
import org.treatyportal.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo treaties and profiles load into an empty schema as they stood at the end of
 * 2008, every recorded entry into force agrees with the rule, and loading again changes
 * nothing.
 */
class TreatyDemoContentTests {

	private static final String SCHEMA = "treaty_demo_test";

	@Test
	void demoTreatiesStandAsAtTheEndOf2008AndNeverDuplicate() throws Exception {
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
			for (var script : new ClassPathResource("demo").getFile().listFiles()) {
				ScriptUtils.executeSqlScript(connection, new FileSystemResource(script));
			}
		}

		assertThat(first).containsEntry("ratified", 23L)
			.containsEntry("signed_only", 19L)
			.containsEntry("protocol_ratified", 12L)
			.containsEntry("protocol_signed_only", 14L)
			.containsEntry("members", 47L)
			.containsEntry("countries", 249L)
			.containsEntry("profiles", 13L);
		assertThat(jdbc
			.queryForObject("select signature_date::text from treaty_party p join treaty t on t.id = p.treaty_id"
					+ " where t.number = 185 and p.country_code = 'AZ'", String.class))
			.isEqualTo("2008-06-30");
		assertThat(jdbc.queryForObject("select count(*) from treaty_party where consent_date > date '2008-12-31'"
				+ " or signature_date > date '2008-12-31'", Long.class))
			.isZero();
		// Entry into force as the Treaty Office's chart gives it: the rule must agree.
		Map<String, String> chart = Map.of("AL", "2004-07-01", "AM", "2007-02-01", "BA", "2006-09-01", "BG",
				"2005-08-01", "HR", "2004-07-01", "CY", "2005-05-01", "DK", "2005-10-01", "EE", "2004-07-01", "FI",
				"2007-09-01", "FR", "2006-05-01");
		chart.forEach((code, inForce) -> {
			java.time.LocalDate deposit = jdbc.queryForObject(
					"select consent_date from treaty_party p join treaty t"
							+ " on t.id = p.treaty_id where t.number = 185 and p.country_code = ?",
					java.time.LocalDate.class, code);
			assertThat(EntryIntoForce.forParty(deposit, 3, java.time.LocalDate.of(2004, 7, 1))).as(code)
				.hasToString(inForce);
		});
		assertThat(counts(jdbc)).isEqualTo(first);
		jdbc.execute("drop schema " + SCHEMA + " cascade");
	}

	private static Map<String, Object> counts(JdbcTemplate jdbc) {
		return jdbc.queryForMap("select" + " (select count(*) from treaty_party p join treaty t on t.id = p.treaty_id"
				+ "   where t.number = 185 and p.consent_date is not null) as ratified,"
				+ " (select count(*) from treaty_party p join treaty t on t.id = p.treaty_id"
				+ "   where t.number = 185 and p.consent_date is null) as signed_only,"
				+ " (select count(*) from treaty_party p join treaty t on t.id = p.treaty_id"
				+ "   where t.number = 189 and p.consent_date is not null) as protocol_ratified,"
				+ " (select count(*) from treaty_party p join treaty t on t.id = p.treaty_id"
				+ "   where t.number = 189 and p.consent_date is null) as protocol_signed_only,"
				+ " (select count(*) from country where member) as members,"
				+ " (select count(*) from country) as countries,"
				+ " (select count(*) from country_profile) as profiles,"
				+ " (select count(*) from treaty_statement) as statements,"
				+ " (select count(*) from treaty) as treaties");
	}

}
