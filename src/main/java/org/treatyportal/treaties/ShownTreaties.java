package org.treatyportal.treaties;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import org.treatyportal.caching.PerGeneration;
import org.treatyportal.states.StateDirectory;
import org.treatyportal.states.StateName;

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

	private final StateDirectory states;

	ShownTreaties(TreatyService treaties, PerGeneration perGeneration, StateDirectory states) {
		this.treaties = treaties;
		this.perGeneration = perGeneration;
		this.states = states;
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
	 * the current request's language: the totals are read once per generation for every
	 * language, the names come from the State directory's (also kept per generation).
	 */
	public List<TreatySummary> summaries() {
		List<TreatySummary> shared = this.perGeneration.get("shown-treaty-summaries",
				() -> List.copyOf(this.treaties.summaries()));
		Map<String, ? extends StateName> byCode = this.states.byCode();
		return shared.stream()
			.map((summary) -> (summary.latest() != null) ? new TreatySummary(summary.treaty(), summary.ratifications(),
					summary.signaturesOnly(), named(summary.latest(), byCode), summary.recordsIncomplete()) : summary)
			.toList();
	}

	/**
	 * Every State's status with the treaty today, by upper-case code (absent: neither).
	 */
	public Map<String, PartyStatus> statusByCountry(Treaty treaty) {
		return this.perGeneration.get(List.of("shown-treaty-statuses", treaty.getId()),
				() -> Map.copyOf(this.treaties.statusByCountry(treaty)));
	}

	private static TreatySummary.LatestAction named(TreatySummary.LatestAction latest,
			Map<String, ? extends StateName> byCode) {
		StateName state = byCode.get(latest.countrySlug().toUpperCase(Locale.ROOT));
		String name = (state != null) ? state.name() : latest.countrySlug().toUpperCase(Locale.ROOT);
		return new TreatySummary.LatestAction(name, latest.countrySlug(), latest.action(), latest.date());
	}

}
