package org.treatyportal.treaties;

import java.time.LocalDate;
import java.util.List;

/**
 * How a treaty's signatures and ratifications grew, from its opening for signature to a
 * date: the chart's two totals after each day on which a State signed or deposited. The
 * totals come from the same count as the chart's, so on any date they agree with it.
 *
 * @param treaty the treaty
 * @param from where the timeline starts: the opening for signature (or the first act if
 * one is dated earlier, or the date itself when neither is known)
 * @param to the date it runs to (the asked date, or today)
 * @param steps each day with an act, oldest first, up to {@code to}
 * @param totals the totals on {@code to}: the chart's totals on that date
 * @param entryIntoForce the treaty's entry into force if it came by {@code to}, or
 * {@code null}
 */
public record Timeline(Treaty treaty, LocalDate from, LocalDate to, List<Step> steps, Totals totals,
		LocalDate entryIntoForce) {

	/**
	 * Whether the records are incomplete on {@code to}: the treaty was in force, with
	 * fewer ratifications recorded than its entry into force required.
	 */
	public boolean recordsIncomplete() {
		return this.treaty.recordsIncomplete(this.totals.ratifications(), this.to);
	}

	/**
	 * Whether the date lies before the treaty was opened for signature: nothing to draw.
	 */
	public boolean beforeOpening() {
		return this.to.isBefore(this.from);
	}

	/**
	 * One day on which States signed or deposited, with the totals at its end.
	 *
	 * @param date the day
	 * @param acts what happened that day, by State
	 * @param totals the totals at the end of the day
	 */
	public record Step(LocalDate date, List<Act> acts, Totals totals) {
	}

	/**
	 * A State's signature or deposit.
	 *
	 * @param countryName the State
	 * @param countrySlug its code in addresses
	 * @param action {@code SIGNATURE}, or the name of a {@link ConsentKind}
	 */
	public record Act(String countryName, String countrySlug, String action) {

		/** Key of the action's name in the message bundle. */
		public String messageKey() {
			return "treaties.action." + this.action;
		}

	}

	/**
	 * The chart's totals on a date.
	 *
	 * @param ratifications ratifications, accessions and successions
	 * @param signaturesOnly signatures not followed by ratification
	 */
	public record Totals(int ratifications, int signaturesOnly) {
	}

}
