package org.treatyportal.publishing;

/**
 * Where one content type's items live, for the screens that look across every type at
 * once (the dashboard, the audit log's links). Each feature declares its own as a bean;
 * the table has the columns {@link EditableContent} maps, and its translations are in the
 * table of the same name ending in {@code _translation} (ADR 18).
 *
 * @param key the type's name in addresses, revisions and the audit log, e.g. {@code news}
 * @param nameKey message key of the type's singular name
 * @param table the table, e.g. {@code article}
 * @param condition which of the table's rows are of the type, in SQL over the alias
 * {@code i} (e.g. {@code i.kind = 'NEWS'}), or {@code true}
 */
public record EditorialTable(String key, String nameKey, String table, String condition) {

	/** A type that has its table to itself. */
	public EditorialTable(String key, String nameKey, String table) {
		this(key, nameKey, table, "true");
	}

	/** The admin address of one item, e.g. {@code /admin/news/42}. */
	public String itemPath(long id) {
		return "/admin/" + this.key + "/" + id;
	}

}
