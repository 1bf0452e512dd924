package org.treatyportal.revisions;

import jakarta.validation.constraints.Size;

/**
 * What every edit form carries besides its fields: the version of the item it was opened
 * on (so that a stale save is refused), the version the editor agreed to overwrite after
 * seeing a conflict, and a note for the revision history.
 */
public class VersionedForm {

	@Size(max = 300)
	private String note;

	private long version;

	private Long confirmOverwrite;

	/** The editor's note for the revision history. */
	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

	/** The item's version when the form was opened. */
	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	/** The version the editor agreed to overwrite after seeing a conflict. */
	public Long getConfirmOverwrite() {
		return this.confirmOverwrite;
	}

	public void setConfirmOverwrite(Long confirmOverwrite) {
		this.confirmOverwrite = confirmOverwrite;
	}

}
