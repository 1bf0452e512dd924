package org.treatyportal.news;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.treatyportal.publishing.AttachmentView;
import org.treatyportal.publishing.LanguageText;
import org.treatyportal.web.ContentVersions;
import org.treatyportal.web.DatePrecision;

/**
 * Everything the public page of one article shows.
 *
 * @param summary the lead paragraph
 * @param body sanitised HTML
 * @param date publication date in the site's time zone (the month's first day when only
 * the month is known)
 * @param datePrecision whether the date is exact or known only to the month
 * @param categories the article's topics, each linking to the filtered list
 * @param attachments files attached to the article
 * @param related other visible articles on the same topics
 * @param published when it was published, or {@code null} for an unpublished preview
 * @param updated when it last changed
 * @param text the text shown, in the page's language or, for want of a translation, the
 * original's (then marked with its {@code lang} and a notice)
 * @param versions the article's addresses in every language
 */
public record ArticleDetail(ArticleKind kind, String title, String summary, String body, LocalDate date,
		DatePrecision datePrecision, List<CategoryLink> categories, List<AttachmentView> attachments,
		List<ArticleSummary> related, Instant published, Instant updated, LanguageText text, ContentVersions versions) {

	/**
	 * A topic of the article and the list of its kind filtered by it.
	 *
	 * @param name display name
	 * @param url address of the filtered list
	 */
	public record CategoryLink(String name, String url) {
	}

}
