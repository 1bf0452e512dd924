package org.treatyportal.countries;

import java.text.Collator;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.treatyportal.caching.PerGeneration;
import org.treatyportal.states.StateDirectory;
import org.treatyportal.web.Languages;

/**
 * Reads the list of countries: the profiles, and for other features (the treaty chart,
 * events, documents) the site's one {@link StateDirectory}.
 */
@Service
@Transactional(readOnly = true)
public class CountryDirectory implements StateDirectory {

	private final CountryRepository countries;

	private final Languages languages;

	private final PerGeneration perGeneration;

	CountryDirectory(CountryRepository countries, Languages languages, PerGeneration perGeneration) {
		this.countries = countries;
		this.languages = languages;
		this.perGeneration = perGeneration;
	}

	/** Every country, by name. */
	public List<Country> all() {
		return this.countries.findAllByName();
	}

	/**
	 * Every country's name, code, membership and region, by name: without the profiles.
	 * Read once per content generation and language: the home page, the country list,
	 * every chart and the events and documents' forms ask for it.
	 */
	@Override
	public List<CountryName> names() {
		return this.perGeneration.get(List.of("country-names", LocaleContextHolder.getLocale().toLanguageTag()), () -> {
			List<CountryName> names = this.countries.findAllNames();
			return List.copyOf(namesIn(LocaleContextHolder.getLocale()).isEmpty() ? names : localised(names));
		});
	}

	@Override
	public List<CountryName> possibleParties() {
		return localised(this.countries.findPartyNames());
	}

	@Override
	public boolean canBeParty(String code) {
		return code != null && code.matches("[A-Za-z]{2}")
				&& this.countries.existsByCodeAndCanBePartyTrue(code.toUpperCase(Locale.ROOT));
	}

	/** The names in the current request's language, ordered by its collation. */
	private List<CountryName> localised(List<CountryName> names) {
		Locale locale = LocaleContextHolder.getLocale();
		Map<String, String> local = namesIn(locale);
		Collator collator = Collator.getInstance(locale);
		return names.stream()
			.map((country) -> local.containsKey(country.code())
					? new CountryName(country.code(), local.get(country.code()), country.member(), country.region())
					: country)
			.sorted(Comparator.comparing(CountryName::name, collator))
			.toList();
	}

	/**
	 * Every country's name in a language other than the default, by code; empty in the
	 * default language, whose names are the list's own.
	 */
	Map<String, String> namesIn(Locale locale) {
		String language = locale.getLanguage();
		if (language.equals(this.languages.defaultLanguage()) || !this.languages.isSupported(language)) {
			return Map.of();
		}
		Map<String, String> names = new HashMap<>();
		for (Object[] row : this.countries.findNamesIn(language)) {
			names.put((String) row[0], (String) row[1]);
		}
		return names;
	}

	/** A country's name in the current request's language. */
	public String localName(Country country) {
		return namesIn(LocaleContextHolder.getLocale()).getOrDefault(country.getCode(), country.getName());
	}

	/** Every country's name by its upper-case code, in the order of their names. */
	@Override
	public Map<String, CountryName> byCode() {
		Map<String, CountryName> byCode = new LinkedHashMap<>();
		names().forEach((country) -> byCode.put(country.code(), country));
		return byCode;
	}

	@Override
	public Map<String, String> namesByCode() {
		Map<String, String> names = new LinkedHashMap<>();
		names().forEach((country) -> names.put(country.code(), country.name()));
		return names;
	}

	@Override
	public String name(String code) {
		String local = namesIn(LocaleContextHolder.getLocale()).get(code);
		return (local != null) ? local : this.countries.findNameByCode(code).orElse(code);
	}

	/** The country with the code, in either case. */
	public Optional<Country> find(String code) {
		if (code == null || !code.matches("[A-Za-z]{2}")) {
			return Optional.empty();
		}
		return this.countries.findByCode(code.toUpperCase(Locale.ROOT));
	}

	/** Whether the code is an ISO 3166-1 alpha-2 code of the list, in either case. */
	@Override
	public boolean exists(String code) {
		return code != null && code.matches("[A-Za-z]{2}")
				&& this.countries.existsByCode(code.toUpperCase(Locale.ROOT));
	}

}
