package org.treatyportal.treaties;

import java.text.Collator;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.treatyportal.config.PortalProperties;
import org.treatyportal.states.StateDirectory;
import org.treatyportal.states.StateName;

/**
 * Reads treaties and their charts for the public site, the country profiles and the home
 * page. Nothing is cached: a record saved by an admin shows on the next request.
 * <p>
 * It is longer than most files because every public view of the records (list, page,
 * chart, timeline, CSV, feeds, a State's profile) reads them through the same few queries
 * here, so that they can never disagree about a State's status.
 */
@Service
@Transactional(readOnly = true)
public class TreatyService {

	private final TreatyRepository treaties;

	private final TreatyPartyRepository parties;

	private final StateDirectory countries;

	private final Clock clock;

	private final ZoneId zone;

	private final ObjectProvider<TreatyTexts> texts;

	TreatyService(TreatyRepository treaties, TreatyPartyRepository parties, StateDirectory countries, Clock clock,
			PortalProperties properties, ObjectProvider<TreatyTexts> texts) {
		this.treaties = treaties;
		this.parties = parties;
		this.countries = countries;
		this.clock = clock;
		this.zone = properties.timeZone();
		this.texts = texts;
	}

	/**
	 * The treaty's texts and explanatory reports, from every {@link TreatyTexts}
	 * provider.
	 */
	List<TreatyText> texts(Treaty treaty) {
		return this.texts.orderedStream().flatMap((provider) -> provider.of(treaty).stream()).toList();
	}

	/** Today in the site's time zone. */
	public LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), this.zone);
	}

	/** Every treaty, by number. */
	public List<Treaty> all() {
		return this.treaties.findAllByNumber();
	}

	public Optional<Treaty> find(int number) {
		return this.treaties.findByNumber(number);
	}

	/** Every treaty with its totals and latest treaty action today. */
	public List<TreatySummary> summaries() {
		LocalDate today = today();
		Map<Long, int[]> totals = new HashMap<>();
		for (Object[] row : this.treaties.countStatusAt(today)) {
			totals.put((Long) row[0], new int[] { ((Number) row[1]).intValue(), ((Number) row[2]).intValue() });
		}
		Map<Long, TreatySummary.LatestAction> latest = new HashMap<>();
		Map<String, ? extends StateName> byCode = this.countries.byCode();
		for (Object[] row : this.parties.findLatestActions(today)) {
			StateName country = byCode.get((String) row[1]);
			latest.put(((Number) row[0]).longValue(),
					new TreatySummary.LatestAction((country != null) ? country.name() : (String) row[1],
							((String) row[1]).toLowerCase(Locale.ROOT), (String) row[2], toDate(row[3])));
		}
		return all().stream().map((treaty) -> {
			int[] counts = totals.getOrDefault(treaty.getId(), new int[2]);
			return new TreatySummary(treaty, counts[0], counts[1], latest.get(treaty.getId()),
					treaty.recordsIncomplete(counts[0], today));
		}).toList();
	}

	/**
	 * The newest signatures and deposits of every treaty, dated up to today, newest
	 * first: for the treaty actions feed.
	 */
	public List<TreatyAction> recentActions(int count) {
		Map<String, ? extends StateName> byCode = this.countries.byCode();
		return this.parties.findRecentActions(today(), count).stream().map((row) -> {
			String code = (String) row[3];
			StateName country = byCode.get(code);
			return new TreatyAction(((Number) row[0]).intValue(), row[1] + " " + row[0], (String) row[2], code,
					(country != null) ? country.name() : code, (String) row[4], toDate(row[5]));
		}).toList();
	}

	/**
	 * The addresses of the treaty list, each treaty's page and its chart, each with when
	 * it last changed (the treaty or any State's record of it): for the sitemap.
	 */
	public Map<String, Instant> lastChanges() {
		Map<Integer, Instant> byTreaty = new HashMap<>();
		for (Object[] row : this.parties.findChanges(today(), this.zone.getId())) {
			Integer number = ((Number) row[0]).intValue();
			byTreaty.put(number, later(byTreaty.get(number), toInstant(row[2])));
		}
		Map<String, Instant> changes = new LinkedHashMap<>();
		Instant newest = null;
		changes.put("/treaties", null);
		for (Treaty treaty : all()) {
			Instant changed = later(treaty.getUpdatedAt(), byTreaty.get(treaty.getNumber()));
			newest = later(newest, changed);
			changes.put("/treaties/" + treaty.getNumber(), changed);
			changes.put("/treaties/" + treaty.getNumber() + "/chart", changed);
		}
		changes.put("/treaties", newest);
		return changes;
	}

	/**
	 * Per upper-case country code, when any of the State's records last changed: for the
	 * sitemap.
	 */
	public Map<String, Instant> lastChangeByCountry() {
		Map<String, Instant> byCountry = new HashMap<>();
		for (Object[] row : this.parties.findChanges(today(), this.zone.getId())) {
			String code = (String) row[1];
			byCountry.put(code, later(byCountry.get(code), toInstant(row[2])));
		}
		return byCountry;
	}

	/** The chart of the treaty for the query. */
	public Chart chart(Treaty treaty, ChartQuery query) {
		LocalDate date = (query.asOf() != null) ? query.asOf() : today();
		Map<String, ? extends StateName> byCode = this.countries.byCode();
		Map<String, TreatyParty> records = charted(treaty, byCode);
		List<ChartRow> all = new ArrayList<>();
		for (StateName country : byCode.values()) {
			TreatyParty party = records.get(country.code());
			ChartRow row = row(country, party, date);
			if (country.member() || row.status() != PartyStatus.NEITHER) {
				all.add(row);
			}
		}
		Timeline.Totals totals = totals(records.values(), date);
		Comparator<ChartRow> order = order(query);
		List<ChartRow> shown = all.stream()
			.filter((row) -> query.status() == null || row.status() == query.status())
			.sorted(order)
			.toList();
		List<ChartRow> members = (query.group() == ChartQuery.Group.NON_MEMBERS) ? List.of()
				: shown.stream().filter(ChartRow::member).toList();
		List<ChartRow> nonMembers = (query.group() == ChartQuery.Group.MEMBERS) ? List.of()
				: shown.stream().filter((row) -> !row.member()).toList();
		List<Chart.StatementsOfState> statements = new ArrayList<>();
		for (ChartRow row : concat(members, nonMembers)) {
			TreatyParty party = records.get(row.code());
			if (party == null) {
				continue;
			}
			List<StatementView> made = statementsBy(party, date);
			if (!made.isEmpty()) {
				statements.add(new Chart.StatementsOfState(row.code(), row.slug(), row.name(), made));
			}
		}
		return new Chart(treaty, query, date, members, nonMembers, totals.signaturesOnly(), totals.ratifications(),
				statements);
	}

	/**
	 * How the chart's totals grew from the treaty's opening for signature to the date
	 * (today if {@code null}): the same records and the same count as the chart's.
	 */
	public Timeline timeline(Treaty treaty, LocalDate asOf) {
		LocalDate date = (asOf != null) ? asOf : today();
		Map<String, ? extends StateName> byCode = this.countries.byCode();
		Map<String, TreatyParty> records = charted(treaty, byCode);
		TreeMap<LocalDate, List<Timeline.Act>> acts = new TreeMap<>();
		for (TreatyParty party : records.values()) {
			StateName country = byCode.get(party.getCountryCode());
			if (party.getSignatureDate() != null) {
				acts.computeIfAbsent(party.getSignatureDate(), (day) -> new ArrayList<>())
					.add(new Timeline.Act(country.name(), country.slug(), "SIGNATURE"));
			}
			if (party.getConsentDate() != null) {
				acts.computeIfAbsent(party.getConsentDate(), (day) -> new ArrayList<>())
					.add(new Timeline.Act(country.name(), country.slug(), party.getConsentKind().name()));
			}
		}
		Collator collator = pageCollator();
		List<Timeline.Step> steps = new ArrayList<>();
		for (Map.Entry<LocalDate, List<Timeline.Act>> day : acts.headMap(date, true).entrySet()) {
			List<Timeline.Act> sorted = day.getValue()
				.stream()
				.sorted(Comparator.comparing(Timeline.Act::countryName, collator))
				.toList();
			steps.add(new Timeline.Step(day.getKey(), sorted, totals(records.values(), day.getKey())));
		}
		LocalDate from = treaty.getOpenedOn();
		if (!acts.isEmpty() && (from == null || acts.firstKey().isBefore(from))) {
			from = acts.firstKey();
		}
		LocalDate entryIntoForce = treaty.getEntryIntoForce();
		return new Timeline(treaty, (from != null) ? from : date, date, steps, totals(records.values(), date),
				(entryIntoForce != null && !entryIntoForce.isAfter(date)) ? entryIntoForce : null);
	}

	/** Where the State stands today with every treaty, by treaty number. */
	public List<TreatyStanding> standings(String countryCode) {
		LocalDate today = today();
		Map<Long, TreatyParty> records = new HashMap<>();
		for (TreatyParty party : this.parties.findByCountryWithStatements(countryCode)) {
			records.put(party.getTreaty().getId(), party);
		}
		List<TreatyStanding> standings = new ArrayList<>();
		for (Treaty treaty : all()) {
			TreatyParty party = records.get(treaty.getId());
			if (party == null) {
				standings.add(new TreatyStanding(treaty, PartyStatus.NEITHER, null, null, null, null, "", List.of()));
				continue;
			}
			boolean ratified = onOrBefore(party.getConsentDate(), today);
			standings.add(new TreatyStanding(treaty, status(party, today),
					onOrBefore(party.getSignatureDate(), today) ? party.getSignatureDate() : null,
					ratified ? party.getConsentDate() : null, ratified ? party.getConsentKind() : null,
					ratified ? party.getEntryIntoForce() : null, party.getNotes(), statementsBy(party, today)));
		}
		return standings;
	}

	/**
	 * The State's records of every treaty, whatever their dates, by treaty number, each
	 * labelled with the treaty's reference and short title in the interface language and
	 * linked to its admin form: for the country's admin form.
	 */
	public List<RecordLine> recordsOf(String countryCode) {
		String language = LocaleContextHolder.getLocale().getLanguage();
		return this.parties.findByCountryCode(countryCode)
			.stream()
			.map((party) -> RecordLine.of(party,
					party.getTreaty().getReference() + " · " + party.getTreaty().in(language).shortTitle()))
			.toList();
	}

	/**
	 * Every State's status with the treaty today, by upper-case code (absent: neither).
	 */
	public Map<String, PartyStatus> statusByCountry(Treaty treaty) {
		LocalDate today = today();
		Map<String, PartyStatus> statuses = new HashMap<>();
		for (TreatyParty party : this.parties.findByTreatyId(treaty.getId())) {
			statuses.put(party.getCountryCode(), status(party, today));
		}
		return statuses;
	}

	/**
	 * The treaty's records of the States the chart lists (those of the country list), by
	 * code.
	 */
	private Map<String, TreatyParty> charted(Treaty treaty, Map<String, ? extends StateName> byCode) {
		Map<String, TreatyParty> records = new HashMap<>();
		for (TreatyParty party : this.parties.findWithStatements(treaty)) {
			if (byCode.containsKey(party.getCountryCode())) {
				records.put(party.getCountryCode(), party);
			}
		}
		return records;
	}

	/** The chart's totals on the date: the one count the chart and the timeline share. */
	private static Timeline.Totals totals(Collection<TreatyParty> records, LocalDate date) {
		int ratifications = 0;
		int signaturesOnly = 0;
		for (TreatyParty party : records) {
			switch (status(party, date)) {
				case RATIFIED -> ratifications++;
				case SIGNED -> signaturesOnly++;
				case NEITHER -> {
				}
			}
		}
		return new Timeline.Totals(ratifications, signaturesOnly);
	}

	private ChartRow row(StateName country, TreatyParty party, LocalDate date) {
		Map<StatementKind, Integer> counts = new EnumMap<>(StatementKind.class);
		if (party == null) {
			return new ChartRow(country.code(), country.slug(), country.name(), country.member(), null, null, null,
					null, false, "", "", "", PartyStatus.NEITHER, counts);
		}
		for (TreatyStatement statement : party.getStatements()) {
			if (!statement.getStatementDate().isAfter(date)) {
				counts.merge(statement.getKind(), 1, Integer::sum);
			}
		}
		boolean signed = onOrBefore(party.getSignatureDate(), date);
		boolean ratified = onOrBefore(party.getConsentDate(), date);
		return new ChartRow(country.code(), country.slug(), country.name(), country.member(),
				signed ? party.getSignatureDate() : null, ratified ? party.getConsentDate() : null,
				ratified ? party.getConsentKind() : null, ratified ? party.getEntryIntoForce() : null,
				ratified && party.getEntryIntoForceOverride() != null, ratified ? party.getOverrideNote() : "",
				(signed || ratified) ? party.getNotes() : "", (signed || ratified) ? party.getSource().shown() : "",
				status(party, date), counts);
	}

	private static PartyStatus status(TreatyParty party, LocalDate date) {
		if (onOrBefore(party.getConsentDate(), date)) {
			return PartyStatus.RATIFIED;
		}
		return onOrBefore(party.getSignatureDate(), date) ? PartyStatus.SIGNED : PartyStatus.NEITHER;
	}

	private static List<StatementView> statementsBy(TreatyParty party, LocalDate date) {
		return party.getStatements()
			.stream()
			.filter((statement) -> !statement.getStatementDate().isAfter(date))
			.sorted(Comparator.comparing(TreatyStatement::getKind)
				.thenComparing(TreatyStatement::getStatementDate)
				.thenComparing(TreatyStatement::getId))
			.map((statement) -> StatementView.of(statement, LocaleContextHolder.getLocale().getLanguage()))
			.toList();
	}

	/**
	 * Compares States' names as the page's language sorts them ("Égypte" with the E's on
	 * a French page).
	 */
	private static Collator pageCollator() {
		return Collator.getInstance(LocaleContextHolder.getLocale());
	}

	private static Comparator<ChartRow> order(ChartQuery query) {
		Collator collator = pageCollator();
		Comparator<ChartRow> byName = Comparator.comparing(ChartRow::name, collator);
		Comparator<ChartRow> column = switch (query.sort()) {
			case STATE -> byName;
			case SIGNATURE -> byDate(ChartRow::signature, query.descending());
			case RATIFICATION -> byDate(ChartRow::consent, query.descending());
			case ENTRY_INTO_FORCE -> byDate(ChartRow::entryIntoForce, query.descending());
		};
		if (query.sort() == ChartQuery.Sort.STATE) {
			return query.descending() ? byName.reversed() : byName;
		}
		return column.thenComparing(byName);
	}

	private static Comparator<ChartRow> byDate(Function<ChartRow, LocalDate> date, boolean descending) {
		// Rows without the date come last in either direction: they are not "earliest".
		Comparator<LocalDate> dates = descending ? Comparator.<LocalDate>reverseOrder()
				: Comparator.<LocalDate>naturalOrder();
		return Comparator.comparing(date, Comparator.nullsLast(dates));
	}

	private static boolean onOrBefore(LocalDate date, LocalDate limit) {
		return date != null && !date.isAfter(limit);
	}

	private static List<ChartRow> concat(List<ChartRow> first, List<ChartRow> second) {
		List<ChartRow> all = new ArrayList<>(first);
		all.addAll(second);
		return all;
	}

	private static Instant toInstant(Object value) {
		if (value instanceof java.sql.Timestamp timestamp) {
			return timestamp.toInstant();
		}
		if (value instanceof OffsetDateTime time) {
			return time.toInstant();
		}
		return (Instant) value;
	}

	/** The later of two instants, either of which may be {@code null}. */
	private static Instant later(Instant first, Instant second) {
		if (first == null) {
			return second;
		}
		return (second == null || first.isAfter(second)) ? first : second;
	}

	private static LocalDate toDate(Object value) {
		if (value instanceof java.sql.Date date) {
			return date.toLocalDate();
		}
		return (LocalDate) value;
	}

}
