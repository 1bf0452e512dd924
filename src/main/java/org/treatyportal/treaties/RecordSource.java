package org.treatyportal.treaties;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * Where a State's record or a statement comes from: a note for admins (a database entry,
 * a letter), shown to visitors on the chart only when published.
 *
 * @param note the source note, empty for none
 * @param published whether visitors see it
 */
@Embeddable
public record RecordSource(@Column(name = "source_note", nullable = false) String note,
		@Column(name = "source_published", nullable = false) boolean published) {

	/** No source recorded. */
	static final RecordSource NONE = new RecordSource("", false);

	/** The note visitors see: the note if published, else nothing. */
	public String shown() {
		return this.published ? this.note : "";
	}

}
