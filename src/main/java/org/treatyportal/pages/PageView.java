package org.treatyportal.pages;

import java.time.LocalDate;

/**
 * What the public page of a static page shows.
 *
 * @param title the heading
 * @param summary the lead paragraph, may be empty
 * @param body sanitised HTML
 * @param updated date of the last change, in the site's time zone
 */
public record PageView(String title, String summary, String body, LocalDate updated) {
}
