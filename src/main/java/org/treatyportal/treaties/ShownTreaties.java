package org.treatyportal.treaties;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import org.treatyportal.caching.PerGeneration;

/**
 * The treaties as the public pages show them, read once per content generation and shared
 * by every page of it: the home page, the treaty list, each treaty's page and chart, the
 * country list and its map. A publish, a record saved or a treaty or a country edited
 * moves the generation, and the next page reads them again. The {@link Treaty} entities
 * given are detached, with their translations loaded, and shared by every thread: for
 * reading only, never for an editor's form.
 */
@Component
public class ShownTreaties {

	private final TreatyService treaties;

	private final PerGeneration perGeneration;

	ShownTreaties(TreatyService treaties, PerGeneration perGeneration) {
		this.treaties = treaties;
		this.perGeneration = perGeneration;
	}

	/** Every treaty, by number. */
	public List<Treaty> all() {
		return this.perGeneration.get("shown-treaties", () -> List.copyOf(this.treaties.all()));
	}

	/** The treaty with the number, if there is one. */
	public Optional<Treaty> find(int number) {
		return all().stream().filter((treaty) -> treaty.getNumber() == number).findFirst();
	}

	/**
	 * Every treaty with its totals and latest treaty action today, with States named in
	 * the current request's language.
	 */
	public List<TreatySummary> summaries() {
		return this.perGeneration.get(List.of("shown-treaty-summaries", language()),
				() -> List.copyOf(this.treaties.summaries()));
	}

	/**
	 * Every State's status with the treaty today, by upper-case code (absent: neither).
	 */
	public Map<String, PartyStatus> statusByCountry(Treaty treaty) {
		return this.perGeneration.get(List.of("shown-treaty-statuses", treaty.getId()),
				() -> Map.copyOf(this.treaties.statusByCountry(treaty)));
	}

	private static String language() {
		return LocaleContextHolder.getLocale().toLanguageTag();
	}

}
