package org.treatyportal.publishing;

import java.time.Instant;

/**
 * One item on the editors' dashboard.
 *
 * @param nameKey message key of its type's name
 * @param title its title in its original language
 * @param url its admin page
 * @param status where it stands now
 * @param publishAt when it is or was published, or {@code null}
 * @param updatedAt when it last changed
 * @param updatedBy the name of who changed it last, or {@code null}
 * @param language for a translation that may be out of date, its language; else
 * {@code null}
 */
public record DeskItem(String nameKey, String title, String url, PublicationStatus status, Instant publishAt,
		Instant updatedAt, String updatedBy, String language) {
}
