package org.treatyportal.revisions;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.treatyportal.audit.AuditItem;
import org.treatyportal.audit.AuditLog;

/**
 * What every editable content type does around a save: refuse a stale form with a
 * readable account of the other person's changes, then record the revision and the audit
 * entry. {@link RevisionedEditor} calls it; there is no second copy of this.
 */
@Service
public class EditHistory {

	private final Revisions revisions;

	private final AuditLog auditLog;

	private final RevisionAuthors authors;

	EditHistory(Revisions revisions, AuditLog auditLog, RevisionAuthors authors) {
		this.revisions = revisions;
		this.auditLog = auditLog;
		this.authors = authors;
	}

	/**
	 * Refuses a save made from a form opened on another version than the current one,
	 * unless the editor has seen the conflict and confirmed overwriting that version.
	 * @param content the item
	 * @param formVersion the version the form was opened on
	 * @param confirmedOverwrite the version the editor agreed to overwrite, or
	 * {@code null}
	 * @param currentVersion the item's version now
	 * @param currentFields the item's editable fields now
	 * @param richText the names of the fields that hold rich text
	 * @throws EditConflictException if the save would silently overwrite someone's work
	 */
	@Transactional(readOnly = true)
	public void requireCurrent(ContentRef content, long formVersion, Long confirmedOverwrite, long currentVersion,
			Map<String, String> currentFields, Set<String> richText) {
		if (formVersion == currentVersion || (confirmedOverwrite != null && confirmedOverwrite == currentVersion)) {
			return;
		}
		throw conflict(content, formVersion, currentVersion, currentFields, richText);
	}

	/**
	 * Describes a conflict between the version a form was opened on and the current one.
	 */
	@Transactional(readOnly = true)
	public EditConflictException conflict(ContentRef content, long formVersion, long currentVersion,
			Map<String, String> currentFields, Set<String> richText) {
		Map<String, String> base = this.revisions.atVersion(content, formVersion)
			.map(Revision::getFields)
			.orElse(Map.of());
		List<Revision> history = this.revisions.list(content);
		String otherAuthor = history.isEmpty() ? "" : this.authors.name(history.get(0));
		return new EditConflictException(currentVersion, otherAuthor.isEmpty() ? null : otherAuthor,
				FieldDiff.changes(base, currentFields, richText));
	}

	/**
	 * Records a save: a new revision with the fields, and an audit entry.
	 * @param content the item, already flushed so that its version is final
	 * @param entityVersion the item's version after the save
	 * @param fields the editable fields as saved
	 * @param note the editor's revision note, may be blank
	 * @param action the audit action, e.g. {@code CREATE}, {@code SAVE}, {@code PUBLISH}
	 * @param label the item's title for the audit log
	 */
	@Transactional
	public Revision saved(ContentRef content, long entityVersion, Map<String, String> fields, String note,
			String action, String label) {
		Revision revision = this.revisions.record(content, entityVersion, fields, note);
		this.auditLog.record(action, new AuditItem(content.type(), content.id(), label),
				"revision " + revision.getNumber());
		return revision;
	}

	/**
	 * Records a change of state that does not touch the fields (withdraw, back to draft,
	 * delete).
	 */
	@Transactional
	public void changed(ContentRef content, String action, String label) {
		changed(content, action, label, null);
	}

	/** The item's revisions, newest first. */
	@Transactional(readOnly = true)
	public List<Revision> revisions(ContentRef content) {
		return this.revisions.list(content);
	}

	/** One revision of the item. */
	@Transactional(readOnly = true)
	public Optional<Revision> revision(ContentRef content, int number) {
		return this.revisions.find(content, number);
	}

	/** Forgets the revisions of an item that is deleted. */
	@Transactional
	public void forget(ContentRef content) {
		this.revisions.deleteAll(content);
	}

	/** Records a change with details, e.g. the name of an uploaded file. */
	@Transactional
	public void changed(ContentRef content, String action, String label, String details) {
		this.auditLog.record(action, new AuditItem(content.type(), content.id(), label), details);
	}

}
