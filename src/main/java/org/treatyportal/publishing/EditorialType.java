package org.treatyportal.publishing;

/**
 * How the shared editorial screens present one content type.
 *
 * @param key the type's name in URLs and messages, e.g. {@code news}, {@code pages}
 * @param adminPath address of its admin list, e.g. {@code /admin/news}
 * @param nameKey message key of its plural name, for headings
 * @param newKey message key of "New …", for the create form
 * @param publicPrefix what comes before the slug in public addresses, e.g. {@code /news/}
 * @param ownFields template holding a {@code fields} fragment with the type's own form
 * fields, or {@code null} when it has none
 * @param ownFilters template holding a {@code filters} fragment with the type's own
 * filters of its admin list (see {@link EditorialAdminController#listFilter}), or
 * {@code null} when it has none
 * @param attachments whether the form offers attachments (a type that manages files of
 * its own may not)
 */
public record EditorialType(String key, String adminPath, String nameKey, String newKey, String publicPrefix,
		String ownFields, String ownFilters, boolean attachments) {

	/** A type with no list filters of its own, whose items take attachments. */
	public EditorialType(String key, String adminPath, String nameKey, String newKey, String publicPrefix,
			String ownFields) {
		this(key, adminPath, nameKey, newKey, publicPrefix, ownFields, null, true);
	}

	/** The admin address of one item, e.g. {@code /admin/news/42}. */
	public String itemPath(long id) {
		return this.adminPath + "/" + id;
	}

}
