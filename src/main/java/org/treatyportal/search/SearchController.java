package org.treatyportal.search;

import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import org.treatyportal.seo.PageMeta;
import org.treatyportal.web.NavigationSection;
import org.treatyportal.web.Pagination;

/**
 * The search page, {@code /search?q=}. Any input gives a page: filters that cannot be
 * read are ignored rather than refused, so a shared or mistyped link still searches.
 */
@Controller
class SearchController {

	private final SearchService search;

	SearchController(SearchService search) {
		this.search = search;
	}

	@GetMapping("/search")
	@NavigationSection("search")
	String search(@RequestParam(required = false) String q, @RequestParam(required = false) String type,
			@RequestParam(required = false) String year, @RequestParam(required = false) String country,
			@RequestParam(required = false) String treaty, @RequestParam(required = false) String page, Locale locale,
			Model model) {
		SearchQuery query = new SearchQuery(q, type, number(year), country, number(treaty));
		int pageNumber = Math.max(1, (number(page) != null) ? number(page) : 1);
		model.addAttribute("query", query.q());
		model.addAttribute("search", query);
		model.addAttribute("sources", this.search.sources());
		// Result pages are endless and change all the time: search engines should not
		// index them.
		model.addAttribute(PageMeta.MODEL_ATTRIBUTE,
				PageMeta.fromMessages("meta.search.title", "meta.search.description", null).notIndexed());
		if (!query.isEmpty()) {
			// The page's language comes from its address (/fr/search), never from a
			// header.
			SearchResults results = this.search.search(query, locale.getLanguage(), pageNumber - 1);
			model.addAttribute("results", results);
			model.addAttribute("pagination", Pagination.of(results.hits(), (number) -> url(query, number)));
		}
		return "search/results";
	}

	private static Integer number(String text) {
		if (text == null || !text.matches("\\d{1,9}")) {
			return null;
		}
		return Integer.valueOf(text);
	}

	static String url(SearchQuery query, int page) {
		UriComponentsBuilder url = UriComponentsBuilder.fromPath("/search").queryParam("q", query.q());
		if (query.type() != null) {
			url.queryParam("type", query.type());
		}
		if (query.year() != null) {
			url.queryParam("year", query.year());
		}
		if (query.country() != null) {
			url.queryParam("country", query.country());
		}
		if (query.treaty() != null) {
			url.queryParam("treaty", query.treaty());
		}
		if (page > 1) {
			url.queryParam("page", page);
		}
		return url.encode().build().toUriString();
	}

}
