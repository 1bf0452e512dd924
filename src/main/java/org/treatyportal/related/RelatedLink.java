package org.treatyportal.related;

import java.time.LocalDate;

/**
 * A link from a treaty page or a country profile to related content of another feature
 * (an event, a document).
 *
 * @param section which list it belongs in: {@code events} or {@code documents} (the
 * heading's message key is {@code related.<section>})
 * @param title the item's title
 * @param url its public address
 * @param date its date, or {@code null}
 */
public record RelatedLink(String section, String title, String url, LocalDate date) {
}
