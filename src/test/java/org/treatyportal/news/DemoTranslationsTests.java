package org.treatyportal.news;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
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
 * The French demo versions load into an empty schema beside their originals, follow them
 * (so none starts "may be out of date"), leave two news items English-only, and loading
 * them again changes nothing.
 */
class DemoTranslationsTests {

	private static final String SCHEMA = "demo_translations_test";

	@Test
	void frenchDemoVersionsLoadOnceAndFollowTheirOriginals() throws Exception {
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
			ScriptUtils.executeSqlScript(connection,
					new ClassPathResource("demo/R__demo_translations_news_events_pages.sql"));
		}

		assertThat(counts(jdbc)).isEqualTo(first);
		assertThat(first).containsEntry("articles", 15L).containsEntry("events", 17L).containsEntry("pages", 7L);
		assertThat(jdbc.queryForList(
				"select a.slug from article a where not exists"
						+ " (select 1 from article_translation t where t.article_id = a.id) order by a.slug",
				String.class))
			.containsExactly("counter-ecrime-operations-summit-tokyo", "oas-expert-meeting-on-cybercrime");
		List<Map<String, Object>> rows = jdbc.queryForList("select a.title, a.summary, a.body, t.based_on"
				+ " from article a join article_translation t on t.article_id = a.id");
		for (Map<String, Object> row : rows) {
			assertThat(row.get("based_on")).isEqualTo(
					fingerprint((String) row.get("title"), (String) row.get("summary"), (String) row.get("body")));
		}
		jdbc.execute("drop schema " + SCHEMA + " cascade");
	}

	/** As {@code EditableContent} computes it: each part followed by a NUL byte. */
	private static String fingerprint(String... parts) throws Exception {
		MessageDigest digest = MessageDigest.getInstance("SHA-256");
		for (String part : parts) {
			digest.update(part.getBytes(StandardCharsets.UTF_8));
			digest.update((byte) 0);
		}
		return HexFormat.of().formatHex(digest.digest());
	}

	private static Map<String, Object> counts(JdbcTemplate jdbc) {
		return jdbc.queryForMap("select (select count(*) from article_translation) as articles,"
				+ " (select count(*) from event_translation) as events,"
				+ " (select count(*) from page_translation) as pages");
	}

}
