package org.treatyportal.publishing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the editors' dashboard shows across every content type: what is scheduled next,
 * drafts waiting, translations that may be out of date, the latest changes and one's own
 * items. One query per list over all the types' tables ({@link EditorialTable}).
 */
@Service
@Transactional(readOnly = true)
public class EditorialDesk {

	/** Items per list. */
	static final int LIMIT = 8;

	private final NamedParameterJdbcTemplate jdbc;

	private final List<EditorialTable> tables;

	private final Map<String, EditorialTable> byKey;

	private final Clock clock;

	EditorialDesk(NamedParameterJdbcTemplate jdbc, List<EditorialTable> tables, Clock clock) {
		this.jdbc = jdbc;
		this.tables = tables;
		this.byKey = tables.stream().collect(Collectors.toMap(EditorialTable::key, Function.identity()));
		this.clock = clock;
	}

	/** Published items whose publication instant is still ahead, soonest first. */
	public List<DeskItem> scheduled() {
		return items("d.state = 'PUBLISHED' and d.publish_at > :now", "d.publish_at, d.id", null);
	}

	/** Drafts, the most recently changed first. */
	public List<DeskItem> drafts() {
		return items("d.state = 'DRAFT'", "d.updated_at desc, d.id desc", null);
	}

	/** Every item, the most recently changed first. */
	public List<DeskItem> recent() {
		return items("true", "d.updated_at desc, d.id desc", null);
	}

	/** The items this account wrote, the most recently changed first. */
	public List<DeskItem> writtenBy(long authorId) {
		return items("d.author_id = :author", "d.updated_at desc, d.id desc", authorId);
	}

	/**
	 * Translations whose original changed after they were written or confirmed, the most
	 * recently changed original first.
	 */
	public List<DeskItem> outOfDateTranslations() {
		String union = this.tables.stream()
			.map((table) -> "select '" + table.key() + "' as type, i.id, i.title, i.state, i.publish_at, i.updated_at,"
					+ " i.updated_by_id, t.language from " + table.table() + " i join " + table.table()
					+ "_translation t on t." + table.table() + "_id = i.id where (" + table.condition()
					+ ") and t.based_on <> " + TextFingerprint.sql("i.title", "i.summary", "i.body"))
			.collect(Collectors.joining(" union all "));
		return query(union, "true", "d.updated_at desc, d.id desc, d.language", null);
	}

	private List<DeskItem> items(String where, String order, Long authorId) {
		String union = this.tables.stream()
			.map((table) -> "select '" + table.key() + "' as type, i.id, i.title, i.state, i.publish_at, i.updated_at,"
					+ " i.updated_by_id, i.author_id, null::varchar as language from " + table.table() + " i where ("
					+ table.condition() + ")")
			.collect(Collectors.joining(" union all "));
		return query(union, where, order, authorId);
	}

	private List<DeskItem> query(String union, String where, String order, Long authorId) {
		if (this.tables.isEmpty()) {
			return List.of();
		}
		Instant now = this.clock.instant();
		MapSqlParameterSource parameters = new MapSqlParameterSource("now", Timestamp.from(now))
			.addValue("author", authorId)
			.addValue("limit", LIMIT);
		return this.jdbc.query("select d.*, u.display_name as updated_by from (" + union + ") d"
				+ " left join app_user u on u.id = d.updated_by_id where " + where + " order by " + order
				+ " limit :limit", parameters, (row, number) -> item(row, now));
	}

	private DeskItem item(ResultSet row, Instant now) throws SQLException {
		EditorialTable table = this.byKey.get(row.getString("type"));
		Timestamp publishAt = row.getTimestamp("publish_at");
		Instant from = (publishAt != null) ? publishAt.toInstant() : null;
		return new DeskItem(table.nameKey(), row.getString("title"), table.itemPath(row.getLong("id")),
				PublicationStatus.of(PublicationState.valueOf(row.getString("state")), from, now), from,
				row.getTimestamp("updated_at").toInstant(), row.getString("updated_by"), row.getString("language"));
	}

}
