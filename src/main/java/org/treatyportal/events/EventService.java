package org.treatyportal.events;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.treatyportal.config.PortalProperties;
import org.treatyportal.news.Article;
import org.treatyportal.publishing.AttachmentView;
import org.treatyportal.publishing.Attachments;
import org.treatyportal.publishing.LanguageText;
import org.treatyportal.publishing.LanguageVersions;
import org.treatyportal.publishing.PublicContent;
import org.treatyportal.publishing.PublicationState;
import org.treatyportal.publishing.SlugHistory;
import org.treatyportal.publishing.Slugs;
import org.treatyportal.revisions.ContentRef;
import org.treatyportal.seo.SiteUrls;
import org.treatyportal.states.StateDirectory;
import org.treatyportal.web.Languages;

/**
 * Reads events for the public site: only what is visible now, per the site's clock; the
 * upcoming ones, the past ones by year, one event's page and the calendars. Its public
 * methods give other features (the home page, country profiles) the events they show.
 */
@Service
@Transactional(readOnly = true)
public class EventService implements PublicContent {

	/** Most upcoming events listed at once. */
	public static final int UPCOMING_MAX = 100;

	/** Most events in the calendar of all events, the latest ones. */
	static final int CALENDAR_MAX = 1000;

	/** Most events a related-content list holds. */
	static final int RELATED_MAX = 50;

	private final EventRepository events;

	private final ObjectProvider<EventDocuments> documents;

	private final StateDirectory countries;

	private final SlugHistory slugHistory;

	private final Attachments attachments;

	private final Clock clock;

	private final PortalProperties properties;

	private final SiteUrls urls;

	private final Languages languages;

	EventService(EventRepository events, ObjectProvider<EventDocuments> documents, StateDirectory countries,
			SlugHistory slugHistory, Attachments attachments, Clock clock, PortalProperties properties, SiteUrls urls,
			Languages languages) {
		this.languages = languages;
		this.events = events;
		this.documents = documents;
		this.countries = countries;
		this.slugHistory = slugHistory;
		this.attachments = attachments;
		this.clock = clock;
		this.properties = properties;
		this.urls = urls;
	}

	/**
	 * The next visible events that have not ended (those under way first), soonest first.
	 */
	public List<EventSummary> upcoming(int count) {
		return this.events.findUpcoming(this.clock.instant(), PageRequest.of(0, Math.min(count, UPCOMING_MAX)))
			.stream()
			.map(summaries())
			.toList();
	}

	/** The visible events that ended last, latest first. */
	public List<EventSummary> recent(int count) {
		return this.events.findLatestPast(this.clock.instant(), PageRequest.of(0, Math.min(count, UPCOMING_MAX)))
			.stream()
			.map(summaries())
			.toList();
	}

	/** The visible events in a country, latest first. */
	public List<EventSummary> forCountry(String iso2) {
		String code = StateDirectory.normalise(iso2);
		if (!this.countries.exists(code)) {
			return List.of();
		}
		return this.events.findVisibleInCountry(code, this.clock.instant(), PageRequest.of(0, RELATED_MAX))
			.stream()
			.map(summaries())
			.toList();
	}

	/** Years in which visible events that have ended started, latest first. */
	List<Integer> pastYears() {
		return this.events.findPastYears(this.clock.instant());
	}

	/** The visible events of a year that have ended, latest first. */
	List<EventSummary> past(int year) {
		return this.events.findPast(this.clock.instant(), LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1))
			.stream()
			.map(summaries())
			.toList();
	}

	/**
	 * The visible event whose version in the page's language has the given slug, in that
	 * language or, where it has none, in its original. Empty where the slug is another
	 * version's: see {@link #renamedTo(String)}.
	 */
	Optional<EventDetail> find(String slug) {
		Instant now = this.clock.instant();
		String language = language();
		return current(slug, now, language).map((event) -> detail(event, now, language, true));
	}

	/** The visible event whose version in the language has the slug. */
	private Optional<Event> current(String slug, Instant now, String language) {
		return LanguageVersions.match(this.events.findVisibleByAnySlug(slug, now), language, slug)
			.filter((event) -> LanguageVersions.isCurrent(event, language, slug));
	}

	/**
	 * Where an event that answers to no current slug has gone: the address of the event
	 * that used to have this slug, if it had one and is visible: a draft's or a scheduled
	 * item's new slug is nobody's business yet.
	 */
	Optional<String> renamedTo(String slug) {
		Instant now = this.clock.instant();
		String language = language();
		Optional<Event> item = LanguageVersions.match(this.events.findVisibleByAnySlug(slug, now), language, slug);
		if (item.isEmpty()) {
			item = this.slugHistory.formerOwner(EventEditor.CONTENT_TYPE, language, slug)
				.or(() -> this.slugHistory.formerOwner(EventEditor.CONTENT_TYPE, slug))
				.flatMap(this.events::findById)
				.filter((event) -> event.getPublication().isVisibleAt(now));
		}
		return item.map((event) -> "/events/" + event.in(language).slug());
	}

	boolean isWithdrawn(String slug) {
		return this.events.findBySlug(slug)
			.map((event) -> event.getPublication().getState() == PublicationState.WITHDRAWN)
			.orElse(false);
	}

	/** The iCalendar file of one visible event. */
	Optional<String> calendar(String slug) {
		return current(slug, this.clock.instant(), language())
			.map((event) -> ICalendar.write(productId(), null, List.of(entry(event, countryName(event)))));
	}

	/**
	 * The iCalendar file of every visible event (the latest {@value #CALENDAR_MAX}).
	 * @param name the calendar's name in the page's language
	 */
	String allEvents(String name) {
		Map<String, String> names = this.countries.namesByCode();
		List<ICalendar.Entry> entries = this.events.findVisible(this.clock.instant(), PageRequest.of(0, CALENDAR_MAX))
			.stream()
			.map((event) -> entry(event, countryName(event, names)))
			.toList();
		return ICalendar.write(productId(), name, entries);
	}

	@Override
	public boolean isVisible(ContentRef content) {
		return EventEditor.CONTENT_TYPE.equals(content.type()) && this.events.findById(content.id())
			.map((event) -> event.getPublication().isVisibleAt(this.clock.instant()))
			.orElse(false);
	}

	/** The page of an event that need not be saved or visible: for editors' previews. */
	EventDetail preview(Event event) {
		return preview(event, event.getLanguage());
	}

	/** The page of an event in one language, for editors' previews of a translation. */
	EventDetail preview(Event event, String language) {
		return detail(event, this.clock.instant(), language, false);
	}

	/**
	 * The language of the page being written: the address's on the public site. Events
	 * read it where they format dates already, so every list of events (the home page, a
	 * country's profile) shows each in the best language available without asking.
	 */
	private static String language() {
		return LocaleContextHolder.getLocale().toLanguageTag();
	}

	/** Summaries with the countries' names read once for the whole list. */
	private Function<Event, EventSummary> summaries() {
		Map<String, String> names = this.countries.namesByCode();
		return (event) -> summary(event, countryName(event, names));
	}

	private EventSummary summary(Event event, String countryName) {
		EventSchedule schedule = event.getSchedule();
		LanguageText text = event.in(language());
		return new EventSummary(text.title(), text.summary(), "/events/" + text.slug(), schedule.startDate(),
				schedule.endDate(),
				EventFormats.days(schedule.startDate(), schedule.endDate(), LocaleContextHolder.getLocale()),
				event.getCity(), countryName, text.lang());
	}

	/**
	 * The event's page in a language.
	 * @param published whether the event is a visible one read in a transaction, whose
	 * addresses in every language the page links (a preview's item may be detached)
	 */
	private EventDetail detail(Event event, Instant now, String language, boolean published) {
		EventSchedule schedule = event.getSchedule();
		String when;
		String zone = null;
		String start;
		String end;
		if (schedule.allDay()) {
			when = EventFormats.days(schedule.startDate(), schedule.endDate(), LocaleContextHolder.getLocale());
			start = schedule.startDate().toString();
			end = schedule.endDate().toString();
		}
		else {
			ZonedDateTime from = schedule.start(siteZone());
			ZonedDateTime until = schedule.end(siteZone());
			when = EventFormats.dayAndTimes(from, until, LocaleContextHolder.getLocale());
			zone = EventFormats.zone(from, until, LocaleContextHolder.getLocale());
			start = from.toOffsetDateTime().toString();
			end = until.toOffsetDateTime().toString();
		}
		EventDocuments provider = this.documents.getIfAvailable();
		List<?> documents = (event.getId() != null && provider != null) ? provider.visible(event.getId()) : List.of();
		List<AttachmentView> files = (event.getId() != null)
				? this.attachments.list(new ContentRef(EventEditor.CONTENT_TYPE, event.getId())) : List.of();
		List<EventDetail.NewsLink> news = event.getRelatedArticles()
			.stream()
			.filter((article) -> article.getPublication().isVisibleAt(now))
			.sorted(Comparator.comparing((Article article) -> article.getPublication().getPublishAt()).reversed())
			.map((article) -> newsLink(article, language))
			.toList();
		boolean upcoming = event.getEndsAt() == null || event.getEndsAt().isAfter(now);
		LanguageText text = event.in(language);
		return new EventDetail(text.title(), text.summary(), text.body(), when, zone, start, end, schedule.startDate(),
				event.getVenue(), event.getCity(), countryName(event), event.getRegistrationUrl(),
				"/events/" + text.slug() + ".ics", upcoming, documents, news, files, text,
				published ? LanguageVersions.of(event, language, this.languages.all(), (slug) -> "/events/" + slug)
						: null);
	}

	private EventDetail.NewsLink newsLink(Article article, String language) {
		LanguageText text = article.in(language);
		return new EventDetail.NewsLink(text.title(), "/" + article.getKind().path() + "/" + text.slug(),
				article.getPublication().getPublishAt().atZone(siteZone()).toLocalDate(), article.getDatePrecision(),
				article.getKind().messageKey() + ".one", text.lang());
	}

	/**
	 * One event, its links from {@code portal.base-url}: the file is cached for everyone.
	 */
	private ICalendar.Entry entry(Event event, String countryName) {
		LanguageText version = event.in(language());
		String url = this.urls.absolute(this.languages.pathIn(language(), "/events/" + version.slug()));
		String description = Stream.of(version.summary(), url)
			.filter((text) -> text != null && !text.isBlank())
			.collect(Collectors.joining("\n\n"));
		List<String> place = new ArrayList<>();
		Stream.of(event.getVenue(), event.getCity(), countryName)
			.filter((text) -> text != null && !text.isBlank())
			.forEach(place::add);
		return new ICalendar.Entry(uid(event), version.title(), description, String.join(", ", place), url,
				event.getSchedule(), event.getCreatedAt(), event.getUpdatedAt());
	}

	/** Stable whatever the event's slug or the address the site is reached at. */
	private String uid(Event event) {
		String site = Slugs.fromTitle(this.properties.siteName(this.languages.defaultLanguage()));
		return "event-" + event.getId() + "@" + (site.isEmpty() ? "portal" : site) + ".treaty-portal";
	}

	private String productId() {
		String language = this.languages.defaultLanguage();
		return "-//" + this.properties.organisation(language) + "//" + this.properties.siteName(language)
				+ " portal//EN";
	}

	private String countryName(Event event) {
		return (event.getCountryCode() != null) ? this.countries.name(event.getCountryCode()) : "";
	}

	private static String countryName(Event event, Map<String, String> names) {
		String code = event.getCountryCode();
		return (code != null) ? names.getOrDefault(code, code) : "";
	}

	private ZoneId siteZone() {
		return this.properties.timeZone();
	}

}
