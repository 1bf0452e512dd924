package org.treatyportal.web;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * How precisely a date is known, and so how it is shown: to the day ("15 February 2008"),
 * or only to the month ("February 2008") when the day is not known. A date known to the
 * month is kept as the month's first day, so that it sorts at the month's start.
 */
public enum DatePrecision {

	DAY("d MMMM yyyy"), MONTH("MMMM yyyy");

	private final String pattern;

	DatePrecision(String pattern) {
		this.pattern = pattern;
	}

	/** The pattern that shows a date to this precision, for {@code #temporals.format}. */
	public String pattern() {
		return this.pattern;
	}

	/**
	 * The date as ISO 8601 writes it to this precision, for {@code <time datetime>} and
	 * JSON-LD: {@code 2008-02-15}, or {@code 2008-02} for a month.
	 */
	public String iso(LocalDate date) {
		return (this == MONTH) ? YearMonth.from(date).toString() : date.toString();
	}

	/**
	 * The first day this precision can name that holds the date: the date, or its month's
	 * first day.
	 */
	public LocalDate start(LocalDate date) {
		return (this == MONTH) ? date.withDayOfMonth(1) : date;
	}

}
