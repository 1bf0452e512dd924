package org.treatyportal.api;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.data.domain.Page;
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
import org.treatyportal.web.Languages;

/**
 * News items and press releases as JSON, with the same visibility as the site: only what
 * is published and due.
 */
@RestController
@RequestMapping("/api")
@Tag(name = "News and press releases")
class ArticleApiController {

	private final ArticleService articles;

	private final Languages languages;

	ArticleApiController(ArticleService articles, Languages languages) {
		this.articles = articles;
		this.languages = languages;
	}

	@GetMapping("/news")
	@Operation(summary = "Published news items, newest first")
	ApiPage<ArticleListJson> news(@RequestParam(defaultValue = "1") int page,
			@RequestParam(defaultValue = "20") int size, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) String lang) {
		return list(ArticleKind.NEWS, new Paging(page, size), year, language(lang));
	}

	@GetMapping("/news/{slug}")
	@Operation(summary = "One published news item")
	ArticleJson newsItem(@PathVariable String slug, @RequestParam(required = false) String lang) {
		return item(ArticleKind.NEWS, slug, language(lang));
	}

	@GetMapping("/press-releases")
	@Operation(summary = "Published press releases, newest first")
	ApiPage<ArticleListJson> pressReleases(@RequestParam(defaultValue = "1") int page,
			@RequestParam(defaultValue = "20") int size, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) String lang) {
		return list(ArticleKind.PRESS_RELEASE, new Paging(page, size), year, language(lang));
	}

	@GetMapping("/press-releases/{slug}")
	@Operation(summary = "One published press release")
	ArticleJson pressRelease(@PathVariable String slug, @RequestParam(required = false) String lang) {
		return item(ArticleKind.PRESS_RELEASE, slug, language(lang));
	}

	/** The language asked for, the site's default when none. */
	private String language(String lang) {
		if (lang == null) {
			return this.languages.defaultLanguage();
		}
		if (!this.languages.isSupported(lang)) {
			throw new BadApiRequest("lang must be one of " + String.join(", ", this.languages.all()));
		}
		return lang;
	}

	private ApiPage<ArticleListJson> list(ArticleKind kind, Paging paging, Integer year, String language) {
		if (year != null && (year < 1000 || year > 9999)) {
			throw new BadApiRequest("year must have four digits");
		}
		Page<ArticleSummary> result = this.articles.list(kind, new ArticleListFilter(year, null), paging.page() - 1,
				paging.size(), language);
		return ApiPage.of(result.map((article) -> new ArticleListJson(article.kind(), article.title(),
				article.summary(), article.date(), article.datePrecision(),
				this.languages.pathIn(language, article.url()), (article.lang() != null) ? article.lang() : language)));
	}

	/**
	 * The item in the language; a slug of another of its versions, or an old one, names
	 * it too.
	 */
	private ArticleJson item(ArticleKind kind, String slug, String language) {
		ArticleDetail detail = this.articles.find(kind, slug, language)
			.or(() -> this.articles.renamedTo(kind, slug, language)
				.flatMap((path) -> this.articles.find(kind, path.substring(path.lastIndexOf('/') + 1), language)))
			.orElseThrow();
		return new ArticleJson(kind.path(), detail.title(), detail.summary(), detail.body(), detail.date(),
				detail.datePrecision(), detail.categories().stream().map(ArticleDetail.CategoryLink::name).toList(),
				detail.attachments(), detail.text().language(), detail.versions().versions());
	}

	/**
	 * One row of a list.
	 *
	 * @param kind {@code NEWS} or {@code PRESS_RELEASE}
	 * @param title the headline
	 * @param summary the lead, plain text
	 * @param date the publication date in the site's time zone
	 * @param datePrecision {@code DAY}, or {@code MONTH} when only the month is known
	 * @param url its page in the language asked for
	 * @param language the language of the title and summary: the one asked for, or the
	 * original's where the item has no version in it
	 */
	record ArticleListJson(ArticleKind kind, String title, String summary, LocalDate date, DatePrecision datePrecision,
			String url, String language) {
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
	 * @param language the language of the text given: the one asked for ({@code ?lang}),
	 * or the original's where the item has no version in it
	 * @param languages the languages the item has a version in, its original first
	 */
	record ArticleJson(String kind, String title, String summary, String body, LocalDate date,
			DatePrecision datePrecision, List<String> categories, List<AttachmentView> attachments, String language,
			List<String> languages) {
	}

}
