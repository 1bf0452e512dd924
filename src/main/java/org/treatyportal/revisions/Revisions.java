package org.treatyportal.revisions;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.treatyportal.audit.AuditLog;

/**
 * The revision history of every editable item: each save records a snapshot, which
 * editors list, compare and restore (a restore is a new save, never a rewrite).
 */
@Service
public class Revisions {

	private final RevisionRepository revisions;

	private final AuditLog auditLog;

	private final Clock clock;

	Revisions(RevisionRepository revisions, AuditLog auditLog, Clock clock) {
		this.revisions = revisions;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	/**
	 * Records the fields as one save of the signed-in user left them.
	 * @param content the item
	 * @param entityVersion the item's version after the save (flush before reading it)
	 * @param fields editable field names and values, in form order
	 * @param note the editor's note, may be blank
	 */
	@Transactional
	public Revision record(ContentRef content, long entityVersion, Map<String, String> fields, String note) {
		int number = this.revisions.lastNumber(content.type(), content.id()) + 1;
		AuditLog.Actor author = this.auditLog.currentActor();
		String cleanNote = (note == null || note.isBlank()) ? null : note.strip();
		return this.revisions.save(new Revision(content, number, entityVersion, fields, author.id(), author.email(),
				this.clock.instant(), cleanNote));
	}

	/** All revisions of the item, newest first. */
	@Transactional(readOnly = true)
	public List<Revision> list(ContentRef content) {
		return this.revisions.findByContentTypeAndContentIdOrderByNumberDesc(content.type(), content.id());
	}

	@Transactional(readOnly = true)
	public Optional<Revision> find(ContentRef content, int number) {
		return this.revisions.findByContentTypeAndContentIdAndNumber(content.type(), content.id(), number);
	}

	/** The revision that a save at the given entity version produced, if recorded. */
	@Transactional(readOnly = true)
	public Optional<Revision> atVersion(ContentRef content, long entityVersion) {
		return this.revisions.findFirstByContentTypeAndContentIdAndEntityVersionOrderByNumberDesc(content.type(),
				content.id(), entityVersion);
	}

	/** Forgets the history of an item that is deleted. */
	@Transactional
	public void deleteAll(ContentRef content) {
		this.revisions.deleteByContentTypeAndContentId(content.type(), content.id());
	}

}
