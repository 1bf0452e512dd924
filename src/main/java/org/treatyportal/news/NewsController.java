package org.treatyportal.news;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

import org.treatyportal.seo.PageMeta;
import org.treatyportal.seo.StructuredData;
import org.treatyportal.web.DatePrecision;
import org.treatyportal.web.NavigationSection;
import org.treatyportal.web.Pagination;
import org.treatyportal.web.Redirects;

/**
 * The public lists and pages of news items and press releases.
 */
@Controller
class NewsController {

	private static final int MIN_YEAR = 1000;

	private static final int MAX_YEAR = 9999;

	private final ArticleService articles;

	NewsController(ArticleService articles) {
		this.articles = articles;
	}

	@GetMapping("/news")
	@NavigationSection("news")
	String news(@RequestParam(defaultValue = "1") int page, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) String category, Model model, Locale locale) {
		return list(ArticleKind.NEWS, page, year, category, model, locale.toLanguageTag());
	}

	@GetMapping("/press-releases")
	@NavigationSection("press-releases")
	String pressReleases(@RequestParam(defaultValue = "1") int page, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) String category, Model model, Locale locale) {
		return list(ArticleKind.PRESS_RELEASE, page, year, category, model, locale.toLanguageTag());
	}

	@GetMapping("/news/{slug}")
	@NavigationSection("news")
	ModelAndView newsItem(@PathVariable String slug, Locale locale) {
		return item(ArticleKind.NEWS, slug, locale.toLanguageTag());
	}

	@GetMapping("/press-releases/{slug}")
	@NavigationSection("press-releases")
	ModelAndView pressRelease(@PathVariable String slug, Locale locale) {
		return item(ArticleKind.PRESS_RELEASE, slug, locale.toLanguageTag());
	}

	private String list(ArticleKind kind, int page, Integer year, String category, Model model, String language) {
		if (page < 1 || (year != null && (year < MIN_YEAR || year > MAX_YEAR))) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
		ArticleListFilter filter = new ArticleListFilter(year,
				(category == null || category.isBlank()) ? null : category);
		Page<ArticleSummary> result = this.articles.list(kind, filter, page - 1, language);
		model.addAttribute("kind", kind);
		model.addAttribute("filter", filter);
		model.addAttribute("articles", result);
		model.addAttribute("pagination", Pagination.of(result, (number) -> filter.url(kind, number)));
		model.addAttribute("years", this.articles.years(kind));
		List<CategoryCount> categories = this.articles.categories(kind);
		model.addAttribute("categories", categories);
		// A topic that holds nothing is no address of its own.
		String known = categories.stream()
			.map(CategoryCount::slug)
			.filter((slug) -> slug.equals(filter.category()))
			.findFirst()
			.orElse(null);
		model.addAttribute(PageMeta.MODEL_ATTRIBUTE, PageMeta.fromMessages("meta." + kind.path() + ".title",
				"meta." + kind.path() + ".description", new ArticleListFilter(filter.year(), known).url(kind, page)));
		return "news/list";
	}

	private ModelAndView item(ArticleKind kind, String slug, String language) {
		Optional<ArticleDetail> article = this.articles.find(kind, slug, language);
		if (article.isPresent()) {
			ArticleDetail detail = article.get();
			ModelAndView view = new ModelAndView("news/item", "article", detail);
			boolean monthOnly = detail.datePrecision() == DatePrecision.MONTH;
			// A month's item was published at no known instant: Open Graph, which wants
			// one,
			// gets none, and JSON-LD gets the month alone.
			PageMeta meta = PageMeta.article(detail.title(),
					PageMeta.firstNonBlank(detail.summary(), PageMeta.text(detail.body())),
					"/" + kind.path() + "/" + slug, monthOnly ? null : detail.published(), detail.updated());
			if (monthOnly) {
				meta = meta.withStructuredData(StructuredData.newsArticle(detail.datePrecision().iso(detail.date())));
			}
			meta = meta.withVersions(detail.versions());
			view.addObject(PageMeta.MODEL_ATTRIBUTE, meta);
			return view;
		}
		Optional<String> renamed = this.articles.renamedTo(kind, slug, language);
		if (renamed.isPresent()) {
			return Redirects.permanent(renamed.get());
		}
		throw new ResponseStatusException(
				this.articles.isWithdrawn(kind, slug) ? HttpStatus.GONE : HttpStatus.NOT_FOUND);
	}

}
