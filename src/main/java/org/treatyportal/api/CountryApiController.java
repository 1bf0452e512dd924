package org.treatyportal.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.treatyportal.countries.Country;
import org.treatyportal.countries.CountryDirectory;
import org.treatyportal.countries.ProfileWording;
import org.treatyportal.treaties.TreatyService;
import org.treatyportal.treaties.TreatyStanding;
import org.treatyportal.web.Languages;

/**
 * States and where they stand with each treaty, as JSON. Restricted contacts are never
 * part of it.
 */
@RestController
@RequestMapping("/api/countries")
@Tag(name = "Countries")
class CountryApiController {

	private final CountryDirectory countries;

	private final TreatyService treaties;

	private final Languages languages;

	CountryApiController(CountryDirectory countries, TreatyService treaties, Languages languages) {
		this.countries = countries;
		this.treaties = treaties;
		this.languages = languages;
	}

	@GetMapping
	@Operation(summary = "Every State, by name")
	ApiPage<CountryJson> list(@RequestParam(defaultValue = "1") int page, @RequestParam(defaultValue = "50") int size,
			@RequestParam(required = false) String lang) {
		String language = ContentLanguageParam.use(lang, this.languages);
		List<CountryJson> all = this.countries.names()
			.stream()
			.map((country) -> new CountryJson(country.code(), country.name(), country.region().name(), country.member(),
					this.languages.pathIn(language, "/countries/" + country.slug())))
			.toList();
		return ApiPage.of(all, new Paging(page, size));
	}

	@GetMapping("/{code}")
	@Operation(summary = "One State with its status for every treaty")
	CountryDetailJson country(@PathVariable String code, @RequestParam(required = false) String lang) {
		String language = ContentLanguageParam.use(lang, this.languages);
		if (!code.matches("[A-Za-z]{2}")) {
			throw new BadApiRequest("a country code has two letters");
		}
		Country country = this.countries.find(code.toUpperCase(Locale.ROOT)).orElseThrow();
		List<StandingJson> standings = this.treaties.standings(country.getCode())
			.stream()
			.map(CountryApiController::json)
			.toList();
		ProfileWording profile = country.in(language);
		return new CountryDetailJson(
				new CountryJson(country.getCode(), this.countries.localName(country), country.getRegion().name(),
						country.isMember(), this.languages.pathIn(language, "/countries/" + country.getSlug())),
				country.getLastReviewed(),
				new ProfileJson(profile.language(), profile.statusSummary(), profile.legislation(), profile.policies(),
						profile.institutions(), profile.caseLaw(), profile.sources()),
				standings);
	}

	private static StandingJson json(TreatyStanding standing) {
		return new StandingJson(standing.treaty().getReference(), standing.treaty().getNumber(),
				standing.status().name(), standing.signature(), standing.consent(), standing.entryIntoForce());
	}

	/**
	 * A State.
	 *
	 * @param code ISO alpha-2 code
	 * @param region EUROPE, AFRICA, AMERICAS, ASIA, OCEANIA or ANTARCTICA
	 * @param member whether it is a member of the organisation
	 * @param url its profile page
	 */
	record CountryJson(String code, String name, String region, boolean member, String url) {
	}

	/**
	 * A State with its treaty record.
	 *
	 * @param lastReviewed when its profile was last reviewed, or {@code null}
	 * @param profile its profile in the language asked for
	 * @param treaties where it stands with each treaty today
	 */
	record CountryDetailJson(CountryJson country, LocalDate lastReviewed, ProfileJson profile,
			List<StandingJson> treaties) {
	}

	/**
	 * A State's profile, each section sanitised HTML (empty when not written).
	 *
	 * @param language the language of the sections: the one asked for, or the original's
	 * where the profile has no version in it
	 */
	record ProfileJson(String language, String statusSummary, String legislation, String policies, String institutions,
			String caseLaw, String sources) {
	}

	/**
	 * Where a State stands with a treaty today.
	 *
	 * @param status RATIFIED, SIGNED or NEITHER
	 */
	record StandingJson(String treaty, int number, String status, LocalDate signature, LocalDate consent,
			LocalDate entryIntoForce) {
	}

}
