package org.treatyportal.news;

import java.time.LocalDate;

/**
 * One row of an article list: what a reader needs to decide to open it.
 *
 * @param kind news item or press release
 * @param title the headline
 * @param summary one or two plain sentences
 * @param date publication date in the site's time zone
 * @param url public address of the article
 */
public record ArticleSummary(ArticleKind kind, String title, String summary, LocalDate date, String url) {
}
