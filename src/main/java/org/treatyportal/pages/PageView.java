package org.treatyportal.pages;

import java.time.LocalDate;
import java.util.List;

import org.treatyportal.publishing.AttachmentView;

/**
 * What the public page of a static page shows.
 *
 * @param title the heading
 * @param summary the lead paragraph, may be empty
 * @param body sanitised HTML
 * @param updated date of the last change, in the site's time zone
 * @param attachments files attached to the page
 */
public record PageView(String title, String summary, String body, LocalDate updated, List<AttachmentView> attachments) {
}
