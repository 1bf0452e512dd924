package org.treatyportal.audit;

import java.time.LocalDate;

/**
 * The filters of the audit log page; {@code null} means "any".
 *
 * @param actor part of the actor's e-mail address
 * @param action the exact action, e.g. {@code PUBLISH}
 * @param itemType the type of item, e.g. {@code news}
 * @param from first day, in the site's time zone
 * @param until last day, in the site's time zone
 */
public record AuditQuery(String actor, String action, String itemType, LocalDate from, LocalDate until) {

	public AuditQuery {
		actor = blankToNull(actor);
		action = blankToNull(action);
		itemType = blankToNull(itemType);
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
