package org.treatyportal.revisions;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.Size;

/**
 * What every edit form carries besides its fields: the version of the item it was opened
 * on (so that a stale save is refused), the version the editor agreed to overwrite after
 * seeing a conflict with the fields to take from that version, and a note for the
 * revision history.
 */
public class VersionedForm {

	@Size(max = 300)
	private String note;

	private long version;

	private Long confirmOverwrite;

	private List<String> theirs = new ArrayList<>();

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

	/**
	 * The fields (as a revision names them: {@code body [fr]}) whose value the editor
	 * chose to take from the version overwritten; blanks are fields they keep.
	 */
	public List<String> getTheirs() {
		return this.theirs;
	}

	public void setTheirs(List<String> theirs) {
		this.theirs = theirs;
	}

}
