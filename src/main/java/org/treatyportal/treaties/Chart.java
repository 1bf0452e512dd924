package org.treatyportal.treaties;

import java.time.LocalDate;
import java.util.List;

/**
 * The chart of signatures and ratifications of a treaty as it stood on a date.
 *
 * @param treaty the treaty
 * @param query what the reader asked for
 * @param date the date the chart shows (the asked date, or today)
 * @param members rows of member States, in the asked order
 * @param nonMembers rows of non-member States that had signed or joined, in the asked
 * order
 * @param signaturesOnly signatures not followed by ratification, on the date, all States
 * @param ratifications ratifications, accessions and successions, on the date, all States
 * @param statements statements made by the date, per State shown, in the order of the
 * rows
 */
public record Chart(Treaty treaty, ChartQuery query, LocalDate date, List<ChartRow> members, List<ChartRow> nonMembers,
		int signaturesOnly, int ratifications, List<StatementsOfState> statements) {

	/** The members' rows, then the non-members': the rows of the CSV. */
	public List<ChartRow> rows() {
		return java.util.stream.Stream.concat(this.members.stream(), this.nonMembers.stream()).toList();
	}

	/**
	 * The rows shown with a published source, in the order of the rows: the chart's
	 * footnotes.
	 */
	public List<ChartRow> sourcedRows() {
		return rows().stream().filter((row) -> !row.source().isEmpty()).toList();
	}

	/**
	 * The statements of one State, grouped in the order of the columns.
	 *
	 * @param code the State's upper-case code
	 * @param slug the code in anchors, lower case
	 * @param name the State's name
	 * @param statements its statements, by kind then date
	 */
	public record StatementsOfState(String code, String slug, String name, List<StatementView> statements) {

		/** The statements of one kind. */
		public List<StatementView> of(StatementKind kind) {
			return this.statements.stream().filter((statement) -> statement.kind() == kind).toList();
		}

	}

}
