package org.treatyportal.publishing;

import java.time.Clock;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.treatyportal.revisions.ContentRef;

/**
 * Remembers the slugs an item had before renames, so that old URLs keep working with a
 * permanent redirect to the current one, however many renames later.
 */
@Service
public class SlugHistory {

	private final JdbcTemplate jdbc;

	private final Clock clock;

	SlugHistory(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Records a rename of the item's version in one language. An old slug that is later
	 * given back to the same item stops redirecting; one reused by another item is taken
	 * over by it.
	 */
	@Transactional
	public void renamed(ContentRef content, String language, String oldSlug, String newSlug) {
		if (oldSlug.equals(newSlug)) {
			return;
		}
		this.jdbc.update("delete from slug_history where content_type = ? and language = ? and old_slug = ?",
				content.type(), language, newSlug);
		this.jdbc.update(
				"insert into slug_history (content_type, language, old_slug, content_id, created_at)"
						+ " values (?, ?, ?, ?, ?) on conflict (content_type, language, old_slug)"
						+ " do update set content_id = excluded.content_id, created_at = excluded.created_at",
				content.type(), language, oldSlug, content.id(), java.sql.Timestamp.from(this.clock.instant()));
	}

	/** The item whose version in this language had this slug before, if any. */
	@Transactional(readOnly = true)
	public Optional<Long> formerOwner(String contentType, String language, String slug) {
		return this.jdbc
			.queryForList(
					"select content_id from slug_history where content_type = ? and language = ?" + " and old_slug = ?",
					Long.class, contentType, language, slug)
			.stream()
			.findFirst();
	}

	/**
	 * The item that had this slug before in any language, if any: an address in one
	 * language that carries an old slug of another leads to the item all the same.
	 */
	@Transactional(readOnly = true)
	public Optional<Long> formerOwner(String contentType, String slug) {
		return this.jdbc
			.queryForList("select content_id from slug_history where content_type = ? and old_slug = ?"
					+ " order by created_at desc", Long.class, contentType, slug)
			.stream()
			.findFirst();
	}

	/** Frees the old slugs of a deleted item. */
	@Transactional
	public void forget(ContentRef content) {
		this.jdbc.update("delete from slug_history where content_type = ? and content_id = ?", content.type(),
				content.id());
	}

}
