package org.treatyportal.search;

/**
 * A {@link SearchSource} given as its parts.
 *
 * @param type the type's key
 * @param nameKey message key of the type's name
 * @param sql the query of visible items, with the columns {@link SearchSource#sql()}
 * lists
 * @param scheduledSql the query of future publication instants, or {@code null}
 * @param datePrecisionSql how precisely each row's date is known (see
 * {@link SearchSource#datePrecisionSql()})
 */
public record SqlSearchSource(String type, String nameKey, String sql, String scheduledSql,
		String datePrecisionSql) implements SearchSource {

	/** A source whose dates are exact. */
	public SqlSearchSource(String type, String nameKey, String sql, String scheduledSql) {
		this(type, nameKey, sql, scheduledSql, "'DAY'");
	}

	/** A source whose items are visible as soon as they are saved. */
	public SqlSearchSource(String type, String nameKey, String sql) {
		this(type, nameKey, sql, null);
	}

}
