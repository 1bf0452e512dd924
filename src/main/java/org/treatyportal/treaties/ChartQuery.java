package org.treatyportal.treaties;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * What a reader asked of a chart: the date it should show the treaty's status at, which
 * States (members or not, by status), and the order. Each value comes from a query
 * parameter; the defaults keep URLs short.
 *
 * @param asOf the date the chart is shown as of, or {@code null} for today
 * @param group members or non-members only, or {@code null} for both
 * @param status one status only, or {@code null} for all
 * @param sort the column the rows are ordered by
 * @param descending whether that order is reversed
 */
public record ChartQuery(LocalDate asOf, Group group, PartyStatus status, Sort sort, boolean descending) {

	/** The chart of today, every State, in the Treaty Office's order. */
	public static final ChartQuery DEFAULT = new ChartQuery(null, null, null, Sort.STATE, false);

	/**
	 * Reads the query parameters.
	 * @throws BadTreatyRequest if a value is not one the chart knows
	 */
	public static ChartQuery parse(String asOf, String group, String status, String sort, String dir) {
		LocalDate date = null;
		if (asOf != null && !asOf.isBlank()) {
			if (!asOf.matches("\\d{4}-\\d{2}-\\d{2}")) {
				throw new BadTreatyRequest("treaties.bad.asOf", asOf);
			}
			try {
				date = LocalDate.parse(asOf);
			}
			catch (DateTimeParseException ex) {
				throw new BadTreatyRequest("treaties.bad.asOf", asOf);
			}
		}
		Group chosenGroup = null;
		if (group != null && !group.isBlank()) {
			chosenGroup = Group.fromParam(group);
			if (chosenGroup == null) {
				throw new BadTreatyRequest("treaties.bad.group", group);
			}
		}
		PartyStatus chosenStatus = null;
		if (status != null && !status.isBlank()) {
			chosenStatus = PartyStatus.fromParam(status);
			if (chosenStatus == null) {
				throw new BadTreatyRequest("treaties.bad.status", status);
			}
		}
		Sort chosenSort = Sort.STATE;
		if (sort != null && !sort.isBlank()) {
			chosenSort = Sort.fromParam(sort);
			if (chosenSort == null) {
				throw new BadTreatyRequest("treaties.bad.sort", sort);
			}
		}
		boolean descending = false;
		if (dir != null && !dir.isBlank()) {
			if (!dir.equals("asc") && !dir.equals("desc")) {
				throw new BadTreatyRequest("treaties.bad.dir", dir);
			}
			descending = dir.equals("desc");
		}
		return new ChartQuery(date, chosenGroup, chosenStatus, chosenSort, descending);
	}

	/** The address of the chart of the treaty with this query. */
	public String url(int number) {
		return build("/treaties/" + number + "/chart");
	}

	/** The address of the same rows as CSV. */
	public String csvUrl(int number) {
		return build("/treaties/" + number + "/chart.csv");
	}

	/**
	 * The chart ordered by the column: ascending, or reversed if it is already ordered by
	 * it.
	 */
	public ChartQuery sortedBy(Sort column) {
		boolean reverse = this.sort == column && !this.descending;
		return new ChartQuery(this.asOf, this.group, this.status, column, reverse);
	}

	public ChartQuery withAsOf(LocalDate date) {
		return new ChartQuery(date, this.group, this.status, this.sort, this.descending);
	}

	public ChartQuery withGroup(Group chosen) {
		return new ChartQuery(this.asOf, chosen, this.status, this.sort, this.descending);
	}

	public ChartQuery withStatus(PartyStatus chosen) {
		return new ChartQuery(this.asOf, this.group, chosen, this.sort, this.descending);
	}

	/** Whether any filter or date narrows the chart. */
	public boolean isFiltered() {
		return this.group != null || this.status != null;
	}

	/** {@link #sortedBy(Sort)} for a column named as in URLs, for templates. */
	public ChartQuery sortedBy(String column) {
		return sortedBy(Sort.fromParam(column));
	}

	/** {@link #ariaSort(Sort)} for a column named as in URLs, for templates. */
	public String ariaSort(String column) {
		return ariaSort(Sort.fromParam(column));
	}

	/** The sort direction of a column for {@code aria-sort}. */
	public String ariaSort(Sort column) {
		if (this.sort != column) {
			return null;
		}
		return this.descending ? "descending" : "ascending";
	}

	private String build(String path) {
		UriComponentsBuilder url = UriComponentsBuilder.fromPath(path);
		if (this.asOf != null) {
			url.queryParam("asOf", this.asOf);
		}
		if (this.group != null) {
			url.queryParam("group", this.group.param());
		}
		if (this.status != null) {
			url.queryParam("status", this.status.param());
		}
		if (this.sort != Sort.STATE) {
			url.queryParam("sort", this.sort.param());
		}
		if (this.descending) {
			url.queryParam("dir", "desc");
		}
		return url.encode().build().toUriString();
	}

	/** Member States or non-member States. */
	public enum Group {

		MEMBERS("members"), NON_MEMBERS("non-members");

		private final String param;

		Group(String param) {
			this.param = param;
		}

		public String param() {
			return this.param;
		}

		static Group fromParam(String value) {
			for (Group group : values()) {
				if (group.param.equals(value)) {
					return group;
				}
			}
			return null;
		}

	}

	/** The columns a chart can be ordered by. */
	public enum Sort {

		STATE("state"), SIGNATURE("signature"), RATIFICATION("ratification"), ENTRY_INTO_FORCE("entry-into-force");

		private final String param;

		Sort(String param) {
			this.param = param;
		}

		public String param() {
			return this.param;
		}

		static Sort fromParam(String value) {
			for (Sort sort : values()) {
				if (sort.param.equals(value)) {
					return sort;
				}
			}
			return null;
		}

	}

}
