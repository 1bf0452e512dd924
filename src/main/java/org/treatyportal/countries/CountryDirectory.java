package org.treatyportal.countries;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.treatyportal.states.StateDirectory;

/**
 * Reads the list of countries: the profiles, and for other features (the treaty chart,
 * events, documents) the site's one {@link StateDirectory}.
 */
@Service
@Transactional(readOnly = true)
public class CountryDirectory implements StateDirectory {

	private final CountryRepository countries;

	CountryDirectory(CountryRepository countries) {
		this.countries = countries;
	}

	/** Every country, by name. */
	public List<Country> all() {
		return this.countries.findAllByName();
	}

	/**
	 * Every country's name, code, membership and region, by name: without the profiles.
	 */
	@Override
	public List<CountryName> names() {
		return this.countries.findAllNames();
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
		return this.countries.findNameByCode(code).orElse(code);
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
