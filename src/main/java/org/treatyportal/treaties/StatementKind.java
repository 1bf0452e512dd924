package org.treatyportal.treaties;

import java.util.Locale;

/**
 * The kinds of statement a State makes about a treaty, in the order of the chart's
 * columns R D A T C O.
 */
public enum StatementKind {

	RESERVATION("R"), DECLARATION("D"), AUTHORITY("A"), TERRITORIAL_APPLICATION("T"), COMMUNICATION("C"),
	OBJECTION("O");

	private final String letter;

	StatementKind(String letter) {
		this.letter = letter;
	}

	/** The chart column's letter. */
	public String letter() {
		return this.letter;
	}

	/** The kind in anchors and URLs, e.g. {@code territorial-application}. */
	public String slug() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	/** Key of the kind's name in the message bundle. */
	public String messageKey() {
		return "treaties.statement." + name();
	}

}
