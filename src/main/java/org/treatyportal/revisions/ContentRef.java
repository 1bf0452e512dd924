package org.treatyportal.revisions;

/**
 * Names one editable item across features: its type (e.g. {@code news}, {@code page},
 * {@code event}) and its id.
 *
 * @param type the content type, stable and URL-safe
 * @param id the item's database id
 */
public record ContentRef(String type, long id) {
}
