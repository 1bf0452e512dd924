package org.treatyportal.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import org.treatyportal.seo.PageMeta;
import org.treatyportal.web.NavigationSection;
import org.treatyportal.web.Pagination;

/**
 * The search page, {@code /search?q=}. Any words give a page; a filter whose value is not
 * one of its choices (a type, a year, a State, a treaty) is refused with 400 and a
 * message naming it, the words kept in the form.
 */
@Controller
class SearchController {

	private static final Pattern YEAR = Pattern.compile("\\d{4}");

	/** Words a visitor may widen to "any of them": no quotes, no operators. */
	private static final Pattern PLAIN_WORDS = Pattern.compile("[\\p{L}\\p{N}'’\\-]+(\\s+[\\p{L}\\p{N}'’\\-]+)+");

	private final SearchService search;

	SearchController(SearchService search) {
		this.search = search;
	}

	@GetMapping("/search")
	@NavigationSection("search")
	String search(@RequestParam(required = false) String q, @RequestParam(required = false) String type,
			@RequestParam(required = false) String year, @RequestParam(required = false) String country,
			@RequestParam(required = false) String treaty, @RequestParam(required = false) String page, Locale locale,
			Model model, HttpServletResponse response) {
		// The page's language comes from its address (/fr/search), never from a header.
		String language = locale.getLanguage();
		FilterChoices choices = this.search.filterChoices(language);
		SearchQuery asked = new SearchQuery(q, type, null, country, null);
		List<FilterError> errors = new ArrayList<>();
		String typeValue = asked.type();
		if (typeValue != null && !isType(typeValue)) {
			errors.add(new FilterError("search.error.type", typeValue));
			typeValue = null;
		}
		Integer yearValue = null;
		if (year != null && !year.isBlank()) {
			if (YEAR.matcher(year.strip()).matches()) {
				yearValue = Integer.valueOf(year.strip());
			}
			else {
				errors.add(new FilterError("search.error.year", year.strip()));
			}
		}
		String countryValue = asked.country();
		if (countryValue != null && !choices.isChoice(SearchFilter.COUNTRY, countryValue)) {
			errors.add(new FilterError("search.error.country", countryValue));
			countryValue = null;
		}
		Integer treatyValue = null;
		if (treaty != null && !treaty.isBlank()) {
			if (choices.isChoice(SearchFilter.TREATY, treaty.strip())) {
				treatyValue = Integer.valueOf(treaty.strip());
			}
			else {
				errors.add(new FilterError("search.error.treaty", treaty.strip()));
			}
		}
		SearchQuery query = new SearchQuery(asked.q(), typeValue, yearValue, countryValue, treatyValue);
		int pageNumber = Math.max(1, (number(page) != null) ? number(page) : 1);
		model.addAttribute("query", query.q());
		model.addAttribute("search", query);
		model.addAttribute("sources", this.search.sources());
		model.addAttribute("countryOptions", choices.options(SearchFilter.COUNTRY, query.country()));
		model.addAttribute("treatyOptions",
				choices.options(SearchFilter.TREATY, (query.treaty() != null) ? String.valueOf(query.treaty()) : null));
		model.addAttribute("filterErrors", errors);
		// Result pages are endless and change all the time: search engines should not
		// index them.
		model.addAttribute(PageMeta.MODEL_ATTRIBUTE,
				PageMeta.fromMessages("meta.search.title", "meta.search.description", null).notIndexed());
		if (!errors.isEmpty()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return "search/results";
		}
		if (!query.isEmpty()) {
			SearchResults results = this.search.search(query, language, pageNumber - 1);
			model.addAttribute("results", results);
			model.addAttribute("pagination", Pagination.of(results.hits(), (number) -> url(query, number)));
			if (results.hits().isEmpty()) {
				model.addAttribute("appliedFilters", appliedFilters(query, choices));
				model.addAttribute("allFiltersRemoved", url(new SearchQuery(query.q(), null, null, null, null), 1));
				if (PLAIN_WORDS.matcher(query.q()).matches()) {
					model.addAttribute("anyWordUrl", url(new SearchQuery(String.join(" OR ", query.q().split("\\s+")),
							query.type(), query.year(), query.country(), query.treaty()), 1));
				}
			}
		}
		return "search/results";
	}

	private boolean isType(String type) {
		return this.search.sources().stream().anyMatch((source) -> source.type().equals(type));
	}

	/** Each filter the search applied, with the address of the same search without it. */
	private List<AppliedFilter> appliedFilters(SearchQuery query, FilterChoices choices) {
		List<AppliedFilter> applied = new ArrayList<>();
		if (query.type() != null) {
			String nameKey = this.search.sources()
				.stream()
				.filter((source) -> source.type().equals(query.type()))
				.map(SearchSource::nameKey)
				.findFirst()
				.orElseThrow();
			applied.add(new AppliedFilter("search.type", nameKey, true,
					url(new SearchQuery(query.q(), null, query.year(), query.country(), query.treaty()), 1)));
		}
		if (query.year() != null) {
			applied.add(new AppliedFilter("search.year", String.valueOf(query.year()), false,
					url(new SearchQuery(query.q(), query.type(), null, query.country(), query.treaty()), 1)));
		}
		if (query.country() != null) {
			applied.add(new AppliedFilter("search.country", choices.label(SearchFilter.COUNTRY, query.country()), false,
					url(new SearchQuery(query.q(), query.type(), query.year(), null, query.treaty()), 1)));
		}
		if (query.treaty() != null) {
			applied.add(new AppliedFilter("search.treaty",
					choices.label(SearchFilter.TREATY, String.valueOf(query.treaty())), false,
					url(new SearchQuery(query.q(), query.type(), query.year(), query.country(), null), 1)));
		}
		return applied;
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

	/**
	 * A filter value that is not one of the choices.
	 *
	 * @param key message key of the explanation
	 * @param value the value given
	 */
	record FilterError(String key, String value) {
	}

	/**
	 * A filter a search applied, for the "remove this filter" link.
	 *
	 * @param nameKey message key of the filter's name
	 * @param value its value as shown, or a message key when {@code valueIsKey}
	 * @param valueIsKey whether {@code value} is a message key
	 * @param url the same search without this filter
	 */
	record AppliedFilter(String nameKey, String value, boolean valueIsKey, String url) {
	}

}
