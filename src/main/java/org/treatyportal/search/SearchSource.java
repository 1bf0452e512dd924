package org.treatyportal.search;

/**
 * One kind of searchable content. Each feature that has public content provides one, so a
 * new content type joins the search by adding a bean, without touching the search.
 * <p>
 * Results are cached (see {@link SearchService}): every table the source's SQL reads must
 * be watched, by a migration calling {@code select portal_watch_for_search('the_table')},
 * or a change to it would not show in repeated searches ({@code SearchCacheTests}
 * checks).
 */
public interface SearchSource {

	/**
	 * The type's key in results and filters, e.g. {@code news}; lower case, no spaces.
	 */
	String type();

	/** Message key of the type's name, e.g. {@code kind.news.one}. */
	String nameKey();

	/**
	 * SQL selecting the visible items of the type, with exactly these columns: {@code id}
	 * (bigint), {@code title} (text), {@code url} (text), {@code date} (date, may be
	 * null), {@code at} (a date or timestamptz for "most recent first", may be null; best
	 * a column with an index on {@code (at desc nulls last, id desc)} over the visible
	 * rows), {@code body} (plain text for snippets), {@code vector} (tsvector of
	 * everything searched), {@code head} (tsvector of the title and summary only,
	 * indexed, a part of {@code vector}), {@code countries} (text[] of upper-case ISO
	 * alpha-2 codes, may be null), {@code treaty} (treaty number, may be null),
	 * {@code language} (the language of the row's text and vectors). It gives each item
	 * once, in the language {@code :language} where it has a version in it, else in its
	 * original. It may use the parameters {@code :now} (timestamptz) for the publication
	 * rule and {@code :zone} (the site's time zone) for dates.
	 */
	String sql();

	/**
	 * SQL selecting, in a column {@code at} (timestamptz), the instants after
	 * {@code :now} at which items of the type become visible without anyone saving
	 * anything (scheduled publication), or {@code null} when the type has no such thing.
	 */
	String scheduledSql();

	/**
	 * SQL expression over the row {@code s} of {@link #sql()} giving how precisely its
	 * date is known: {@code 'DAY'}, or {@code 'MONTH'} for a date known only to the month
	 * (the month's first day). Exact unless the type says otherwise.
	 */
	default String datePrecisionSql() {
		return "'DAY'";
	}

}
