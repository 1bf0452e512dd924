package org.treatyportal.treaties;

import java.time.LocalDate;

/**
 * A treaty with its totals today, for the treaty list and the home page.
 *
 * @param treaty the treaty
 * @param ratifications ratifications, accessions and successions
 * @param signaturesOnly signatures not followed by ratification
 * @param latest the most recent signature or deposit, or {@code null} if none
 * @param recordsIncomplete whether the treaty is in force today with fewer ratifications
 * recorded than its entry into force required: the records are being completed
 */
public record TreatySummary(Treaty treaty, int ratifications, int signaturesOnly, LatestAction latest,
		boolean recordsIncomplete) {

	/**
	 * A State's most recent act about the treaty.
	 *
	 * @param countryName the State
	 * @param countrySlug its code in URLs
	 * @param action {@code SIGNATURE}, or the name of a {@link ConsentKind}
	 * @param date when
	 */
	public record LatestAction(String countryName, String countrySlug, String action, LocalDate date) {

		/** Key of the action's name in the message bundle. */
		public String messageKey() {
			return "treaties.action." + this.action;
		}

	}

}
