package org.treatyportal.publishing;

import java.sql.Connection;
import java.util.List;

import javax.sql.DataSource;

import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.treatyportal.news.Article;
import org.treatyportal.news.TestArticles;
import org.treatyportal.support.PortalIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Migration 50 cleans rich text stored while the sanitiser could be fooled, and leaves
 * clean rows alone.
 */
@PortalIntegrationTest
class RecleanStoredRichTextTests {

	private static final String STORED_ATTACK = "<p><a href=\"javascript:1/alert(document.domain)\">x</a>"
			+ "<a href=\"data:80/x\">y</a><img src=\"/\\evil.example/track.png\" alt=\"t\"></p>";

	@Autowired
	private RecleanStoredRichText migration;

	@Autowired
	private TestArticles articles;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private DataSource dataSource;

	@Test
	void storedScriptLinksAndForeignImagesAreCleaned() throws Exception {
		Article attacked = this.articles.news("Stored before the fix").body(STORED_ATTACK).save();
		long treaty = this.jdbc.sql(
				"insert into treaty (series, number, title, short_title, summary) values ('CETS', 99050, 'T', 'T', :summary) returning id")
			.param("summary", STORED_ATTACK)
			.query(Long.class)
			.single();

		migrate();

		String body = this.jdbc.sql("select body from article where id = :id")
			.param("id", attacked.getId())
			.query(String.class)
			.single();
		String summary = this.jdbc.sql("select summary from treaty where id = :id")
			.param("id", treaty)
			.query(String.class)
			.single();
		for (String cleaned : List.of(body, summary)) {
			assertThat(cleaned).isEqualTo("<p><a>x</a><a>y</a></p>");
		}
		this.jdbc.sql("delete from treaty where id = :id").param("id", treaty).update();
	}

	@Test
	void cleanRowsAreNotWritten() throws Exception {
		Article clean = this.articles.news("Clean").body("<p><a href=\"/treaties/185\">ETS 185</a></p>").save();
		long version = version(clean);

		migrate();

		assertThat(version(clean)).isEqualTo(version);
	}

	@Test
	void flywayRanItAsMigration50() {
		assertThat(this.jdbc.sql("select description from flyway_schema_history where version = '50' and success")
			.query(String.class)
			.list()).containsExactly("reclean stored rich text");
	}

	private long version(Article article) {
		return this.jdbc.sql("select xmin::text::bigint from article where id = :id")
			.param("id", article.getId())
			.query(Long.class)
			.single();
	}

	private void migrate() throws Exception {
		try (Connection connection = this.dataSource.getConnection()) {
			this.migration.migrate(new Context() {

				@Override
				public Configuration getConfiguration() {
					return null;
				}

				@Override
				public Connection getConnection() {
					return connection;
				}

			});
		}
	}

}
