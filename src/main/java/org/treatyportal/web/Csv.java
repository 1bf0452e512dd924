package org.treatyportal.web;

import java.util.List;

/**
 * CSV lines (RFC 4180) that a spreadsheet opens safely: CRLF line ends, fields quoted
 * when they hold a comma, a quote or a line break, quotes doubled, and a field that a
 * spreadsheet would run as a formula ({@code =}, {@code +}, {@code -}, {@code @}) kept as
 * text with a leading apostrophe. Exports hold what people typed (e-mail addresses at
 * failed sign-ins, titles, a chart's notes), so they must not carry formulas.
 */
public final class Csv {

	private Csv() {
	}

	/** Appends one line of {@code fields}, {@code null} ones empty. */
	public static void line(StringBuilder csv, List<String> fields) {
		for (int i = 0; i < fields.size(); i++) {
			if (i > 0) {
				csv.append(',');
			}
			csv.append(field(fields.get(i)));
		}
		csv.append("\r\n");
	}

	/** One field as it is written in a line. */
	public static String field(String value) {
		if (value == null) {
			return "";
		}
		String safe = (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) ? "'" + value : value;
		if (safe.contains(",") || safe.contains("\"") || safe.contains("\r") || safe.contains("\n")) {
			return "\"" + safe.replace("\"", "\"\"") + "\"";
		}
		return safe;
	}

}
