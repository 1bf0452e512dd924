package org.treatyportal.search;

/**
 * A {@link SearchSource} given as its three parts.
 *
 * @param type the type's key
 * @param nameKey message key of the type's name
 * @param sql the query of visible items, with the columns {@link SearchSource#sql()} lists
 */
public record SqlSearchSource(String type, String nameKey, String sql) implements SearchSource {
}
