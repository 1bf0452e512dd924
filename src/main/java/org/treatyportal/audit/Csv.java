package org.treatyportal.audit;

import java.util.List;

/**
 * CSV lines (RFC 4180) that a spreadsheet opens safely: CRLF line ends, fields quoted
 * when they hold a comma, a quote or a line break, quotes doubled, and a field that a
 * spreadsheet would run as a formula ({@code =}, {@code +}, {@code -}, {@code @}) kept as
 * text with a leading apostrophe. The log holds what people typed (e-mail addresses at
 * failed sign-ins, titles), so its export must not carry formulas.
 */
final class Csv {

	private Csv() {
	}

	static void line(StringBuilder csv, List<String> fields) {
		for (int i = 0; i < fields.size(); i++) {
			if (i > 0) {
				csv.append(',');
			}
			csv.append(field(fields.get(i)));
		}
		csv.append("\r\n");
	}

	static String field(String value) {
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
