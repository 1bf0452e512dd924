package org.treatyportal.search;

/**
 * One kind of searchable content. Each feature that has public content provides one, so
 * a new content type joins the search by adding a bean, without touching the search.
 */
public interface SearchSource {

	/** The type's key in results and filters, e.g. {@code news}; lower case, no spaces. */
	String type();

	/** Message key of the type's name, e.g. {@code kind.news.one}. */
	String nameKey();

	/**
	 * SQL selecting the visible items of the type, with exactly these columns:
	 * {@code id} (bigint), {@code title} (text), {@code url} (text), {@code date} (date,
	 * may be null), {@code body} (plain text for snippets), {@code vector} (tsvector),
	 * {@code countries} (text[] of upper-case ISO alpha-2 codes, may be null), {@code treaty}
	 * (treaty number, may be null). It may use the parameters {@code :now} (timestamptz)
	 * for the publication rule and {@code :zone} (the site's time zone) for dates.
	 */
	String sql();

}
