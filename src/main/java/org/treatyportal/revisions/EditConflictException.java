package org.treatyportal.revisions;

import java.util.List;

/**
 * Thrown when an editor saves a form opened on an older version of the item: someone else
 * saved in between. Nothing was changed; the form comes back with the editor's own text
 * and what the other person changed.
 */
public class EditConflictException extends RuntimeException {

	private final long currentVersion;

	private final String otherAuthor;

	private final List<FieldDiff> theirChanges;

	public EditConflictException(long currentVersion, String otherAuthor, List<FieldDiff> theirChanges) {
		super("The item was saved by someone else since the form was opened");
		this.currentVersion = currentVersion;
		this.otherAuthor = otherAuthor;
		this.theirChanges = theirChanges;
	}

	/**
	 * The item's version now: saving again with it overwrites the other changes on
	 * purpose.
	 */
	public long getCurrentVersion() {
		return this.currentVersion;
	}

	/** Who saved last, or {@code null} when unknown. */
	public String getOtherAuthor() {
		return this.otherAuthor;
	}

	/** What changed between the version the form was opened on and the current one. */
	public List<FieldDiff> getTheirChanges() {
		return this.theirChanges;
	}

}
