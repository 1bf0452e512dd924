package org.treatyportal.events;

import java.time.LocalDate;

/**
 * One event of a list: what a visitor needs to decide to open it.
 *
 * @param title the title
 * @param summary one or two plain sentences, may be empty
 * @param url the event's page
 * @param startDate its first day, in its own zone
 * @param endDate its last day
 * @param dates the days as people read them: {@code 1–2 April 2008}
 * @param city where it takes place, may be empty
 * @param country the country's name, or empty
 * @param lang the language of the title and summary where it is not the page's (the event
 * has no version in the page's language), else {@code null}
 */
public record EventSummary(String title, String summary, String url, LocalDate startDate, LocalDate endDate,
		String dates, String city, String country, String lang) {

	/** The city and country, as far as they are known: {@code Colombo, Sri Lanka}. */
	public String place() {
		if (this.city.isEmpty()) {
			return this.country;
		}
		return this.country.isEmpty() ? this.city : this.city + ", " + this.country;
	}

}
