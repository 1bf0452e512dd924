package org.treatyportal.pages;

import java.time.LocalDate;
import java.util.List;

import org.treatyportal.publishing.AttachmentView;
import org.treatyportal.publishing.LanguageText;
import org.treatyportal.web.ContentVersions;

/**
 * What the public page of a static page shows.
 *
 * @param title the heading
 * @param summary the lead paragraph, may be empty
 * @param body sanitised HTML
 * @param updated date of the last change, in the site's time zone
 * @param attachments files attached to the page
 * @param text the text shown, in the page's language or, for want of a translation, the
 * original's (then marked with its {@code lang} and a notice)
 * @param versions the page's addresses in every language
 */
public record PageView(String title, String summary, String body, LocalDate updated, List<AttachmentView> attachments,
		LanguageText text, ContentVersions versions) {
}
