package org.treatyportal.publishing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Flyway migration 50: runs every stored rich text through the fixed
 * {@link HtmlSanitizer} once, so that links saved while the sanitiser could be fooled
 * ({@code https://portal.invalidjavascript:…}, {@code /\host} images) are cleaned in the
 * database too, not only on the next save. It is a Spring bean (Spring Boot hands such
 * beans to Flyway) because the sanitiser is Java, not SQL. Revision snapshots are left as
 * they are: a restore saves them through the sanitiser again.
 */
@Component
public class RecleanStoredRichText implements JavaMigration {

	/**
	 * Every column that holds sanitised HTML, by table. A new rich text column is cleaned
	 * on save; this list is what was stored before the fix.
	 */
	static final List<RichText> COLUMNS = List.of(new RichText("article", "id", List.of("body")),
			new RichText("event", "id", List.of("body")), new RichText("page", "id", List.of("body")),
			new RichText("document", "id", List.of("body")), new RichText("treaty", "id", List.of("summary")),
			new RichText("country_profile", "country_id",
					List.of("status_summary", "legislation", "policies", "institutions", "case_law", "sources")));

	private static final Logger logger = LoggerFactory.getLogger(RecleanStoredRichText.class);

	private final HtmlSanitizer sanitizer;

	RecleanStoredRichText(HtmlSanitizer sanitizer) {
		this.sanitizer = sanitizer;
	}

	@Override
	public MigrationVersion getVersion() {
		return MigrationVersion.fromVersion("50");
	}

	@Override
	public String getDescription() {
		return "reclean stored rich text";
	}

	@Override
	public Integer getChecksum() {
		return null;
	}

	@Override
	public boolean canExecuteInTransaction() {
		return true;
	}

	@Override
	public void migrate(Context context) throws SQLException {
		int changed = 0;
		for (RichText table : COLUMNS) {
			changed += reclean(context.getConnection(), table);
		}
		logger.info("Cleaned the rich text of {} stored rows again", changed);
	}

	private int reclean(Connection connection, RichText table) throws SQLException {
		String columns = String.join(", ", table.columns());
		String assignments = String.join(" = ?, ", table.columns()) + " = ?";
		int changed = 0;
		try (PreparedStatement select = connection
			.prepareStatement("select " + table.key() + ", " + columns + " from " + table.name());
				PreparedStatement update = connection.prepareStatement(
						"update " + table.name() + " set " + assignments + " where " + table.key() + " = ?");
				ResultSet rows = select.executeQuery()) {
			while (rows.next()) {
				boolean differs = false;
				for (int i = 0; i < table.columns().size(); i++) {
					String stored = rows.getString(i + 2);
					String clean = this.sanitizer.sanitize(stored);
					differs |= !clean.equals(stored);
					update.setString(i + 1, clean);
				}
				if (differs) {
					update.setLong(table.columns().size() + 1, rows.getLong(1));
					update.addBatch();
					changed++;
				}
			}
			if (changed > 0) {
				update.executeBatch();
			}
		}
		return changed;
	}

	/**
	 * The rich text columns of one table.
	 *
	 * @param name the table
	 * @param key its primary key column
	 * @param columns the columns holding sanitised HTML
	 */
	record RichText(String name, String key, List<String> columns) {
	}

}
