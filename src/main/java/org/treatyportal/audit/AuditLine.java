package org.treatyportal.audit;

import java.time.Instant;

/**
 * One entry of the audit log as an admin reads it: a sentence in the interface language
 * instead of codes.
 *
 * @param occurredAt when it happened
 * @param actor who did it (the e-mail typed, for a failed sign-in), or {@code null}
 * @param action the action's code, for filters and the CSV export
 * @param sentence what happened, e.g. "Published the news item"
 * @param label the item's name as it was then, or {@code null} when there is no item
 * @param link where the item can be looked at now, or {@code null}
 * @param address the client's address, shortened, or {@code null}
 * @param details the details in words where they are known codes, else as written
 */
public record AuditLine(Instant occurredAt, String actor, String action, String sentence, String label, String link,
		String address, String details) {
}
