package org.treatyportal.publishing;

import java.time.Clock;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import org.treatyportal.config.PortalProperties;
import org.treatyportal.files.FileUploads;
import org.treatyportal.revisions.EditHistory;
import org.treatyportal.revisions.Revisions;
import org.treatyportal.web.Languages;

/**
 * The collaborators every {@link EditorialWorkflow} needs, in one bean so that a new
 * content type's workflow has a one-argument constructor.
 *
 * @param history stale-save checks, revisions and audit entries
 * @param revisions the revision history
 * @param slugHistory old slugs of renamed items
 * @param sanitizer the rich-text allow-list
 * @param attachments files attached to items
 * @param uploads checks of uploaded files
 * @param authors accounts, to name who changed what
 * @param clock the source of "now"
 * @param properties the site's settings (its time zone)
 * @param languages the site's languages, which every form carries
 * @param jdbc plain SQL, for what the entities do not map (out-of-date translations)
 */
@Component
public record EditorialServices(EditHistory history, Revisions revisions, SlugHistory slugHistory,
		HtmlSanitizer sanitizer, Attachments attachments, FileUploads uploads, AuthorRepository authors, Clock clock,
		PortalProperties properties, Languages languages, JdbcTemplate jdbc) {
}
