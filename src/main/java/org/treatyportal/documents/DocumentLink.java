package org.treatyportal.documents;

import org.treatyportal.publishing.PublicationStatus;

/**
 * A document as the editors' screens of other features list it (e.g. the documents of an
 * event in its form).
 *
 * @param title the title
 * @param adminUrl its form in the admin
 * @param status its publication status now
 */
public record DocumentLink(String title, String adminUrl, PublicationStatus status) {
}
