package org.treatyportal.treaties;

import java.util.Locale;

/**
 * Where a State stands with a treaty on a given date: bound by it (ratified, acceded or
 * succeeded), signed only, or neither.
 */
public enum PartyStatus {

	RATIFIED, SIGNED, NEITHER;

	/** The value in query parameters, e.g. {@code ?status=signed}. */
	public String param() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** Key of the status's name in the message bundle. */
	public String messageKey() {
		return "treaties.status." + name();
	}

	static PartyStatus fromParam(String value) {
		for (PartyStatus status : values()) {
			if (status.param().equals(value)) {
				return status;
			}
		}
		return null;
	}

}
