package org.treatyportal.news;

import java.time.LocalDate;

import org.treatyportal.web.DatePrecision;

/**
 * One row of an article list: what a reader needs to decide to open it.
 *
 * @param kind news item or press release
 * @param title the headline
 * @param summary one or two plain sentences
 * @param date publication date in the site's time zone (the month's first day when only
 * the month is known)
 * @param datePrecision whether the date is exact or known only to the month
 * @param url public address of the article, without language prefix
 * @param lang the language of the title and summary where it is not the page's (the
 * article has no version in the page's language), else {@code null}
 */
public record ArticleSummary(ArticleKind kind, String title, String summary, LocalDate date,
		DatePrecision datePrecision, String url, String lang) {
}
