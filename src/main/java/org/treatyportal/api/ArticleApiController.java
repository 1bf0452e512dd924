package org.treatyportal.api;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.treatyportal.news.ArticleDetail;
import org.treatyportal.news.ArticleKind;
import org.treatyportal.news.ArticleListFilter;
import org.treatyportal.news.ArticleService;
import org.treatyportal.news.ArticleSummary;
import org.treatyportal.publishing.AttachmentView;
import org.treatyportal.web.DatePrecision;

/**
 * News items and press releases as JSON, with the same visibility as the site: only what
 * is published and due.
 */
@RestController
@RequestMapping("/api")
@Tag(name = "News and press releases")
class ArticleApiController {

	private final ArticleService articles;

	ArticleApiController(ArticleService articles) {
		this.articles = articles;
	}

	@GetMapping("/news")
	@Operation(summary = "Published news items, newest first")
	ApiPage<ArticleSummary> news(@RequestParam(defaultValue = "1") int page,
			@RequestParam(defaultValue = "20") int size, @RequestParam(required = false) Integer year) {
		return list(ArticleKind.NEWS, new Paging(page, size), year);
	}

	@GetMapping("/news/{slug}")
	@Operation(summary = "One published news item")
	ArticleJson newsItem(@PathVariable String slug) {
		return item(ArticleKind.NEWS, slug);
	}

	@GetMapping("/press-releases")
	@Operation(summary = "Published press releases, newest first")
	ApiPage<ArticleSummary> pressReleases(@RequestParam(defaultValue = "1") int page,
			@RequestParam(defaultValue = "20") int size, @RequestParam(required = false) Integer year) {
		return list(ArticleKind.PRESS_RELEASE, new Paging(page, size), year);
	}

	@GetMapping("/press-releases/{slug}")
	@Operation(summary = "One published press release")
	ArticleJson pressRelease(@PathVariable String slug) {
		return item(ArticleKind.PRESS_RELEASE, slug);
	}

	private ApiPage<ArticleSummary> list(ArticleKind kind, Paging paging, Integer year) {
		if (year != null && (year < 1000 || year > 9999)) {
			throw new BadApiRequest("year must have four digits");
		}
		return ApiPage
			.of(this.articles.list(kind, new ArticleListFilter(year, null), paging.page() - 1, paging.size()));
	}

	private ArticleJson item(ArticleKind kind, String slug) {
		ArticleDetail detail = this.articles.find(kind, slug).orElseThrow();
		return new ArticleJson(kind.path(), detail.title(), detail.summary(), detail.body(), detail.date(),
				detail.datePrecision(), detail.categories().stream().map(ArticleDetail.CategoryLink::name).toList(),
				detail.attachments());
	}

	/**
	 * A news item or press release.
	 *
	 * @param kind {@code news} or {@code press-releases}
	 * @param title the headline
	 * @param summary the lead, plain text
	 * @param body the text, sanitised HTML
	 * @param date the publication date in the site's time zone (the month's first day
	 * when only the month is known)
	 * @param datePrecision {@code DAY}, or {@code MONTH} when only the month is known
	 * @param categories the topics
	 * @param attachments the attached files
	 */
	record ArticleJson(String kind, String title, String summary, String body, LocalDate date,
			DatePrecision datePrecision, List<String> categories, List<AttachmentView> attachments) {
	}

}
