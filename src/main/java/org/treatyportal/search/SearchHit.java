package org.treatyportal.search;

import java.time.LocalDate;

/**
 * One search result.
 *
 * @param type the content type key
 * @param typeKey message key of the type's name
 * @param title the item's title
 * @param url its address
 * @param date its date, or {@code null}
 * @param snippet HTML-escaped text around the matches, with only {@code <mark>} as markup
 */
public record SearchHit(String type, String typeKey, String title, String url, LocalDate date, String snippet) {
}
