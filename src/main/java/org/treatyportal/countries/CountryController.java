package org.treatyportal.countries;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

import org.treatyportal.config.PortalProperties;
import org.treatyportal.news.ArticleService;
import org.treatyportal.related.Related;
import org.treatyportal.seo.PageMeta;
import org.treatyportal.seo.StructuredData;
import org.treatyportal.treaties.BadTreatyRequest;
import org.treatyportal.treaties.PartyStatus;
import org.treatyportal.treaties.ShownTreaties;
import org.treatyportal.treaties.Treaty;
import org.treatyportal.treaties.TreatyService;
import org.treatyportal.web.NavigationSection;
import org.treatyportal.web.Redirects;
import org.treatyportal.web.SiteIdentity;

/**
 * The public country pages: every State by region with its status for a treaty (map and
 * table), and a State's profile.
 */
@Controller
@NavigationSection("countries")
class CountryController {

	private final CountryDirectory countries;

	private final TreatyService treaties;

	private final Related related;

	private final ArticleService articles;

	private final ShownTreaties shown;

	private final WorldMap map;

	private final PortalProperties properties;

	private final MessageSource messages;

	CountryController(CountryDirectory countries, TreatyService treaties, ShownTreaties shown, Related related,
			ArticleService articles, WorldMap map, PortalProperties properties, MessageSource messages) {
		this.countries = countries;
		this.treaties = treaties;
		this.shown = shown;
		this.related = related;
		this.articles = articles;
		this.map = map;
		this.properties = properties;
		this.messages = messages;
	}

	@GetMapping("/countries")
	String list(@RequestParam(required = false) String treaty, @RequestParam(required = false) String status,
			Model model) {
		List<Treaty> all = this.shown.all();
		Treaty chosen = chosenTreaty(all, treaty);
		PartyStatus wanted = wantedStatus(status);
		Map<String, PartyStatus> statuses = (chosen != null) ? this.shown.statusByCountry(chosen) : Map.of();
		Map<Region, List<CountryLine>> byRegion = new EnumMap<>(Region.class);
		Map<String, CountryLine> byCode = new LinkedHashMap<>();
		for (CountryName country : this.countries.names()) {
			CountryLine line = new CountryLine(country.code(), country.slug(), country.name(), country.member(),
					statuses.getOrDefault(country.code(), PartyStatus.NEITHER));
			byCode.put(country.code(), line);
			if (wanted == null || line.status() == wanted) {
				byRegion.computeIfAbsent(country.region(), (region) -> new ArrayList<>()).add(line);
			}
		}
		Map<String, Long> counts = new LinkedHashMap<>();
		byCode.values().forEach((line) -> counts.merge(line.status().name(), 1L, Long::sum));
		List<MapShape> shapes = this.map.shapes()
			.stream()
			.filter((shape) -> byCode.containsKey(shape.code()))
			.map((shape) -> new MapShape(shape, byCode.get(shape.code())))
			.toList();
		model.addAttribute("treaties", all);
		model.addAttribute("treaty", chosen);
		model.addAttribute("status", wanted);
		model.addAttribute("statuses", PartyStatus.values());
		model.addAttribute("regions", byRegion);
		model.addAttribute("counts", counts);
		model.addAttribute("mapViewBox", this.map.viewBox());
		model.addAttribute("shapes", shapes);
		model.addAttribute(PageMeta.MODEL_ATTRIBUTE,
				PageMeta.fromMessages("meta.countries.title", "meta.countries.description", "/countries"));
		return "countries/list";
	}

	@GetMapping("/countries/{code:[A-Za-z]{2}}")
	Object profile(@PathVariable String code, Model model, Locale locale) {
		Country country = this.countries.find(code).orElseThrow();
		if (!code.equals(country.getSlug())) {
			return Redirects.permanent("/countries/" + country.getSlug());
		}
		LocalDate today = this.treaties.today();
		LocalDate reviewed = country.getLastReviewed();
		String name = this.countries.localName(country);
		ProfileWording profile = country.in(locale.getLanguage());
		model.addAttribute("country", country);
		model.addAttribute("profile", profile);
		model.addAttribute("countryName", name);
		model.addAttribute("standings", this.treaties.standings(country.getCode()));
		model.addAttribute("outdated",
				reviewed == null || reviewed.plus(this.properties.profileReviewMaxAge()).isBefore(today));
		model.addAttribute("news", this.articles.mentioning(List.of(country.getName()), Related.NEWS_COUNT));
		model.addAttribute("related", this.related.forCountry(country.getCode()));
		model.addAttribute("contactsEmail", this.properties.contactsRequestEmail());
		model.addAttribute(PageMeta.MODEL_ATTRIBUTE,
				PageMeta.of(name, PageMeta.text(profile.statusSummary()), "/countries/" + country.getSlug())
					.withFallbackDescription("meta.country.description", name)
					.withStructuredData(StructuredData.country(country.getCode())));
		return "countries/profile";
	}

	@ExceptionHandler(BadTreatyRequest.class)
	ModelAndView badRequest(BadTreatyRequest bad, HttpServletRequest request, Locale locale) {
		ModelAndView page = new ModelAndView("treaties/bad-request");
		page.addObject("message", this.messages.getMessage(bad.getMessageKey(), bad.getArguments(), locale));
		page.addObject("site", SiteIdentity.of(this.properties, locale));
		page.addObject("section", "countries");
		page.setStatus(HttpStatus.BAD_REQUEST);
		return page;
	}

	private static Treaty chosenTreaty(List<Treaty> all, String number) {
		if (number == null || number.isBlank()) {
			return all.isEmpty() ? null : all.get(0);
		}
		Optional<Treaty> found = number.matches("\\d{1,9}") ? all.stream()
			.filter((treaty) -> String.valueOf(treaty.getNumber()).equals(number.replaceFirst("^0+(?=.)", "")))
			.findFirst() : Optional.empty();
		return found.orElseThrow(() -> new BadTreatyRequest("countries.bad.treaty", number));
	}

	private static PartyStatus wantedStatus(String status) {
		if (status == null || status.isBlank()) {
			return null;
		}
		return switch (status) {
			case "party" -> PartyStatus.RATIFIED;
			case "signatory" -> PartyStatus.SIGNED;
			case "neither" -> PartyStatus.NEITHER;
			default -> throw new BadTreatyRequest("countries.bad.status", status);
		};
	}

	/**
	 * A shape of the map with the State it stands for.
	 *
	 * @param shape the outline or dot
	 * @param line the State and its status
	 */
	record MapShape(WorldMap.Shape shape, CountryLine line) {
	}

}
