package org.treatyportal.publishing;

import java.time.ZonedDateTime;
import java.util.List;

/**
 * One row of an admin list of content.
 *
 * @param id the item's id
 * @param title the headline
 * @param status its publication status now
 * @param publishAt when it is or was due to appear, in the site's zone, or {@code null}
 * @param author who created it
 * @param updatedAt its last change, in the site's zone
 * @param updatedBy who made the last change
 * @param publicUrl its public address
 * @param languages the languages it has a version in, its original first
 * @param outOfDate the languages whose version may be out of date
 */
public record EditorialRow(long id, String title, PublicationStatus status, ZonedDateTime publishAt, String author,
		ZonedDateTime updatedAt, String updatedBy, String publicUrl, List<String> languages, List<String> outOfDate) {
}
