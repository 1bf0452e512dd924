package org.treatyportal.treaties;

import java.time.LocalDate;
import java.util.Map;

/**
 * One State's line on a chart, as of the chart's date.
 *
 * @param code the State's upper-case ISO code
 * @param slug the code as in URLs, lower case
 * @param name the State's name
 * @param member whether it is a member of the organisation
 * @param signature signature date, if signed by the chart's date
 * @param consent date of ratification, accession or succession, if by the chart's date
 * @param consentKind ratification, accession or succession, with {@code consent}
 * @param entryIntoForce the treaty's entry into force for the State, with {@code consent}
 * @param overridden whether an admin set that date by hand
 * @param overrideNote the admin's reason for it
 * @param notes notes on the record
 * @param source where the record's dates come from, if an admin published that; otherwise
 * empty
 * @param status the State's status on the chart's date
 * @param statementCounts statements made by the chart's date, by kind
 */
public record ChartRow(String code, String slug, String name, boolean member, LocalDate signature, LocalDate consent,
		ConsentKind consentKind, LocalDate entryIntoForce, boolean overridden, String overrideNote, String notes,
		String source, PartyStatus status, Map<StatementKind, Integer> statementCounts) {

	/** How many statements of the kind the State had made by the chart's date. */
	public int count(StatementKind kind) {
		return this.statementCounts.getOrDefault(kind, 0);
	}

	/** Whether the State joined by accession (marked on the chart). */
	public boolean isAccession() {
		return this.consentKind == ConsentKind.ACCESSION;
	}

	/** Whether the State joined by succession (marked on the chart). */
	public boolean isSuccession() {
		return this.consentKind == ConsentKind.SUCCESSION;
	}

}
