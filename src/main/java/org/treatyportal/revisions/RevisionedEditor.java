package org.treatyportal.revisions;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.transaction.annotation.Transactional;

/**
 * Editing with revisions, written once for every editable thing: a save refuses a form
 * opened on an older version (unless the editor confirmed overwriting it after seeing the
 * other person's changes), records a revision with a snapshot of the fields and an audit
 * entry; revisions are listed, compared and restored (a restore is a new save). A type
 * extends it with its fields, its rules and its repository; the publishing workflow
 * builds on it.
 *
 * @param <T> the entity
 * @param <F> its form
 */
@Transactional
public abstract class RevisionedEditor<T extends Revisioned, F extends VersionedForm> {

	private final EditHistory history;

	protected RevisionedEditor(EditHistory history) {
		this.history = history;
	}

	/** Names the item in revisions and the audit log. */
	public abstract ContentRef content(T item);

	/** The item's name in the audit log and on its history page. */
	public abstract String label(T item);

	/** The editable fields as a revision stores them, in form order. */
	public abstract Map<String, String> fields(T item);

	/**
	 * The fields that hold rich text, which comparisons show rendered; by name without
	 * language ({@code body} for {@code body [fr]} too). None by default.
	 */
	protected Set<String> richTextFields() {
		return Set.of();
	}

	/** The form filled with the item as saved. */
	public abstract F formFor(T item);

	/** Sets the form from a revision's fields, to restore it. */
	protected abstract void restoreFields(F form, Map<String, String> fields);

	/**
	 * Checks the form against the type's rules and copies it onto the item.
	 * @throws FormRejection naming the field that breaks a rule
	 */
	protected abstract void apply(T item, F form);

	/** Saves and flushes the item, so that its id and version are final. */
	protected abstract T saveItem(T item);

	/** Saves a new item from the form. */
	public T create(T item, F form) {
		apply(item, form);
		T saved = saveItem(item);
		record(saved, form.getNote(), "CREATE");
		return saved;
	}

	/** Saves the form over the item, refused if someone saved since it was opened. */
	public T update(T item, F form) {
		return save(item, form, "SAVE");
	}

	/**
	 * Saves the form over the item as the audit action given.
	 * @throws EditConflictException if someone saved since the form was opened
	 */
	protected T save(T item, F form, String action) {
		requireCurrent(item, form);
		apply(item, form);
		T saved = saveItem(item);
		record(saved, form.getNote(), action);
		return saved;
	}

	/**
	 * Saves the fields of an old revision as a new revision; history is never rewritten.
	 */
	public T restore(T item, int number) {
		Revision revision = revision(item, number).orElseThrow();
		F form = formFor(item);
		restoreFields(form, revision.getFields());
		form.setNote("Restored revision " + number);
		return save(item, form, "RESTORE");
	}

	/** What changed since the given version, for a save that lost a race. */
	@Transactional(readOnly = true)
	public EditConflictException conflict(T item, long formVersion) {
		return this.history.conflict(content(item), formVersion, item.getVersion(), fields(item), richTextFields());
	}

	/**
	 * The item's revisions with two of them compared, by default the latest two.
	 * @throws java.util.NoSuchElementException if a number names no revision
	 */
	@Transactional(readOnly = true)
	public RevisionHistory history(T item, Integer from, Integer to) {
		return RevisionHistory.of(this.history.revisions(content(item)), from, to, richTextFields());
	}

	/** One revision of the item. */
	@Transactional(readOnly = true)
	public Optional<Revision> revision(T item, int number) {
		return this.history.revision(content(item), number);
	}

	/**
	 * Refuses a change made from a page opened on another version than the current one,
	 * unless the editor confirmed overwriting the current one.
	 * @throws EditConflictException if the change would silently overwrite someone's work
	 */
	protected void requireCurrent(T item, long version, Long confirmedOverwrite) {
		this.history.requireCurrent(content(item), version, confirmedOverwrite, item.getVersion(), fields(item),
				richTextFields());
	}

	/**
	 * Refuses a stale form, as {@link #requireCurrent(Revisioned, long, Long)}; a form
	 * that overwrites the current version on purpose first takes from it the fields the
	 * editor chose to take.
	 * @throws EditConflictException if the change would silently overwrite someone's work
	 */
	protected void requireCurrent(T item, F form) {
		requireCurrent(item, form.getVersion(), form.getConfirmOverwrite());
		if (form.getVersion() != item.getVersion()) {
			EditConflictException.takeTheirs(form, fields(item));
		}
	}

	/** Records a save: a revision of the fields and an audit entry. */
	protected void record(T item, String note, String action) {
		this.history.saved(content(item), item.getVersion(), fields(item), note, action, label(item));
	}

	/** Records a change that leaves the fields alone (withdraw, an upload...). */
	protected void recordChange(T item, String action, String details) {
		this.history.changed(content(item), action, label(item), details);
	}

	/** Records the deletion of the item and forgets its revisions. */
	protected void forget(T item) {
		this.history.changed(content(item), "DELETE", label(item));
		this.history.forget(content(item));
	}

	/** A value as a revision stores it: its text, or empty for none. */
	protected static String text(Object value) {
		return (value != null) ? value.toString() : "";
	}

	/** A date a revision stored, or {@code null} for none. */
	protected static LocalDate date(String value) {
		return (value == null || value.isBlank()) ? null : LocalDate.parse(value);
	}

	/** A whole number a revision stored, or {@code null} for none. */
	protected static Integer number(String value) {
		return (value == null || !value.matches("-?\\d+")) ? null : Integer.valueOf(value);
	}

	/** Text from a form without surrounding spaces, empty for none. */
	protected static String clean(String value) {
		return (value != null) ? value.strip() : "";
	}

}
