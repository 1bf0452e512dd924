package org.treatyportal.countries;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the list of countries: what other features (the treaty chart, events, documents)
 * need to know about a State, its name and whether it is a member. It is the site's only
 * list of countries, so a name an admin corrects is corrected everywhere.
 */
@Service
@Transactional(readOnly = true)
public class CountryDirectory {

	private final CountryRepository countries;

	CountryDirectory(CountryRepository countries) {
		this.countries = countries;
	}

	/** Every country, by name. */
	public List<Country> all() {
		return this.countries.findAllByName();
	}

	/** Every country's name, code, membership and region, by name: without the profiles. */
	public List<CountryName> names() {
		return this.countries.findAllNames();
	}

	/** Every country's name by its upper-case code, in the order of their names. */
	public Map<String, CountryName> byCode() {
		Map<String, CountryName> byCode = new LinkedHashMap<>();
		names().forEach((country) -> byCode.put(country.code(), country));
		return byCode;
	}

	/** Every country's name by its upper-case code. */
	public Map<String, String> namesByCode() {
		Map<String, String> names = new LinkedHashMap<>();
		names().forEach((country) -> names.put(country.code(), country.name()));
		return names;
	}

	/** The name of the country with the (upper-case) code, or the code itself if the list lacks it. */
	public String name(String code) {
		return this.countries.findNameByCode(code).orElse(code);
	}

	/** The code trimmed and upper-cased, or {@code null} when blank: how forms and addresses give codes. */
	public static String normalise(String code) {
		return (code == null || code.isBlank()) ? null : code.strip().toUpperCase(Locale.ROOT);
	}

	/** The country with the code, in either case. */
	public Optional<Country> find(String code) {
		if (code == null || !code.matches("[A-Za-z]{2}")) {
			return Optional.empty();
		}
		return this.countries.findByCode(code.toUpperCase(Locale.ROOT));
	}

	/** Whether the code is an ISO 3166-1 alpha-2 code of the list, in either case. */
	public boolean exists(String code) {
		return code != null && code.matches("[A-Za-z]{2}") && this.countries.existsByCode(code.toUpperCase(Locale.ROOT));
	}

}
