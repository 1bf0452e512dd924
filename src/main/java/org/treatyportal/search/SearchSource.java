package org.treatyportal.search;

/**
 * One kind of searchable content, for the type filter and the results' labels. Each
 * feature that has public content provides one as a bean. Its items are searched from the
 * {@code search_item} table, whose rows a migration's triggers keep for the type (V109:
 * {@code portal_search_refresh_<kind>} and {@code portal_search_items_from} on every
 * table the rows are made of; {@code SearchCacheTests} finds a table without them).
 *
 * @param type the type's key in results, filters and {@code search_item.type}, e.g.
 * {@code news}; lower case, no spaces
 * @param nameKey message key of the type's name, e.g. {@code kind.news.one}
 */
public record SearchSource(String type, String nameKey) {

}
