package org.treatyportal.audit;

/**
 * The item an audit entry is about.
 *
 * @param type content or record type, e.g. {@code news}, {@code user}
 * @param id the item's id
 * @param label a human-readable name at the time, e.g. the title
 */
public record AuditItem(String type, Long id, String label) {
}
