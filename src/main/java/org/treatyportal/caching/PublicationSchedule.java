package org.treatyportal.caching;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import org.treatyportal.search.SearchSource;

/**
 * Scheduled publications: every content type already says, for the search, at which
 * instants its items come out by themselves ({@link SearchSource#scheduledSql()}).
 */
@Component
class PublicationSchedule implements ScheduledChanges {

	private final NamedParameterJdbcTemplate jdbc;

	private final String sql;

	PublicationSchedule(NamedParameterJdbcTemplate jdbc, List<SearchSource> sources) {
		this.jdbc = jdbc;
		List<String> scheduled = sources.stream()
			.map(SearchSource::scheduledSql)
			.filter(Objects::nonNull)
			.map((sql) -> "select min(s.at) as at from (" + sql + ") s")
			.toList();
		this.sql = scheduled.isEmpty() ? null : "select min(at) from (" + String.join(" union all ", scheduled) + ") n";
	}

	@Override
	public Instant nextAfter(Instant now) {
		if (this.sql == null) {
			return null;
		}
		Timestamp next = this.jdbc.queryForObject(this.sql, new MapSqlParameterSource("now", Timestamp.from(now)),
				Timestamp.class);
		return (next != null) ? next.toInstant() : null;
	}

}
