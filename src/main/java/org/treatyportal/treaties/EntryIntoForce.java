package org.treatyportal.treaties;

import java.time.LocalDate;

/**
 * The treaties' rule for a State's entry into force: the first day of the month following
 * the expiration of N months after the deposit of its instrument, and never before the
 * treaty's own entry into force.
 */
public final class EntryIntoForce {

	private EntryIntoForce() {
	}

	/**
	 * The date the treaty enters into force for a State.
	 * @param deposit date of deposit of the instrument of ratification, accession or
	 * succession, or {@code null}
	 * @param months the N months that must expire after the deposit
	 * @param treatyInForce the treaty's own entry into force, or {@code null} while it is
	 * not in force
	 * @return the date, or {@code null} without a deposit or while the treaty is not in
	 * force
	 */
	public static LocalDate forParty(LocalDate deposit, int months, LocalDate treatyInForce) {
		if (deposit == null || treatyInForce == null) {
			return null;
		}
		LocalDate computed = deposit.plusMonths(months).withDayOfMonth(1).plusMonths(1);
		return computed.isBefore(treatyInForce) ? treatyInForce : computed;
	}

}
