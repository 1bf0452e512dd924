package org.treatyportal.search;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;

/** A database access that keeps the statements that return rows, for a test to read. */
final class RecordingJdbc extends NamedParameterJdbcTemplate {

	private final List<String> statements = new ArrayList<>();

	RecordingJdbc(JdbcTemplate jdbc) {
		super(jdbc);
	}

	/** The statements so far; a test may clear them. */
	List<String> statements() {
		return this.statements;
	}

	@Override
	public <T> List<T> query(String sql, SqlParameterSource parameters, RowMapper<T> rows) {
		this.statements.add(sql);
		return super.query(sql, parameters, rows);
	}

}
