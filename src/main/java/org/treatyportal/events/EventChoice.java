package org.treatyportal.events;

import java.time.LocalDate;

/**
 * An event as other features' forms offer it for choice (e.g. the event of a document).
 *
 * @param id the event's id
 * @param title its title
 * @param startDate its first day
 */
public record EventChoice(long id, String title, LocalDate startDate) {

	/** The label of the choice: the title and the first day. */
	public String label() {
		return this.title + " (" + this.startDate + ")";
	}

}
