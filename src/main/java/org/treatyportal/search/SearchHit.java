package org.treatyportal.search;

import java.time.LocalDate;

import org.treatyportal.web.DatePrecision;

/**
 * One search result.
 *
 * @param type the content type key
 * @param typeKey message key of the type's name
 * @param title the item's title
 * @param language the language of the title and snippet (a translation's, or the
 * original's where the item has none in the language searched)
 * @param url its address
 * @param date its date, or {@code null}
 * @param datePrecision whether the date is exact or known only to the month
 * @param snippet HTML-escaped text around the matches, with only {@code <mark>} as markup
 */
public record SearchHit(String type, String typeKey, String title, String language, String url, LocalDate date,
		DatePrecision datePrecision, String snippet) {
}
