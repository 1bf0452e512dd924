package org.treatyportal.treaties;

import jakarta.validation.constraints.Size;

import org.treatyportal.revisions.VersionedForm;

/**
 * What the forms of a State's record and of a statement share: the source of what they
 * say ({@link RecordSource}), as two fields.
 */
public class SourcedForm extends VersionedForm {

	@Size(max = 1000)
	private String sourceNote;

	private boolean sourcePublished;

	public String getSourceNote() {
		return this.sourceNote;
	}

	public void setSourceNote(String sourceNote) {
		this.sourceNote = sourceNote;
	}

	/** Whether the chart shows the source note to visitors. */
	public boolean isSourcePublished() {
		return this.sourcePublished;
	}

	public void setSourcePublished(boolean sourcePublished) {
		this.sourcePublished = sourcePublished;
	}

	/** Fills the two fields from a source. */
	void setSource(RecordSource source) {
		this.sourceNote = source.note();
		this.sourcePublished = source.published();
	}

}
