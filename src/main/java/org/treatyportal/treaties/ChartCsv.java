package org.treatyportal.treaties;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;

import org.treatyportal.web.Csv;

/**
 * Writes a chart's rows as CSV: a header row, then a line per State ({@link Csv}).
 */
final class ChartCsv {

	private ChartCsv() {
	}

	static String write(Chart chart, MessageSource messages, Locale locale) {
		StringBuilder csv = new StringBuilder();
		List<String> header = new ArrayList<>();
		for (String key : List.of("state", "code", "member", "signature", "consent", "consentKind", "entryIntoForce",
				"notes")) {
			header.add(messages.getMessage("treaties.csv." + key, null, locale));
		}
		for (StatementKind kind : StatementKind.values()) {
			header.add(kind.letter());
		}
		// Last, so that readers of the earlier columns by position are not broken.
		header.add(messages.getMessage("treaties.csv.source", null, locale));
		Csv.line(csv, header);
		for (ChartRow row : chart.rows()) {
			List<String> fields = new ArrayList<>();
			fields.add(row.name());
			fields.add(row.code());
			fields.add(messages.getMessage(row.member() ? "treaties.csv.yes" : "treaties.csv.no", null, locale));
			fields.add(date(row.signature()));
			fields.add(date(row.consent()));
			fields.add((row.consentKind() != null) ? messages.getMessage(row.consentKind().messageKey(), null, locale)
					: "");
			fields.add(date(row.entryIntoForce()));
			fields.add(notes(row));
			for (StatementKind kind : StatementKind.values()) {
				fields.add((row.count(kind) > 0) ? String.valueOf(row.count(kind)) : "");
			}
			fields.add(row.source());
			Csv.line(csv, fields);
		}
		return csv.toString();
	}

	private static String notes(ChartRow row) {
		if (row.overridden() && !row.overrideNote().isBlank()) {
			return row.notes().isBlank() ? row.overrideNote() : row.notes() + " " + row.overrideNote();
		}
		return row.notes();
	}

	private static String date(LocalDate date) {
		return (date != null) ? date.toString() : "";
	}

}
