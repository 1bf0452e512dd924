package org.treatyportal.events;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.treatyportal.news.Article;
import org.treatyportal.publishing.EditorialServices;
import org.treatyportal.publishing.EditorialType;
import org.treatyportal.publishing.EditorialWorkflow;
import org.treatyportal.revisions.ContentRef;
import org.treatyportal.states.StateDirectory;

/**
 * The editorial workflow of events: the shared one, plus when and where the event takes
 * place, how to register and the news about it.
 */
@Service
@Transactional
class EventEditor extends EditorialWorkflow<Event, EventForm> {

	static final String CONTENT_TYPE = "events";

	/** Most articles offered in the form's list of related news, newest first. */
	static final int ARTICLE_CHOICES = 500;

	private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;

	private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private static final Pattern ID = Pattern.compile("\\(#(\\d+)\\)\\s*$");

	private final EventRepository events;

	private final RelatedArticles articles;

	private final StateDirectory countries;

	EventEditor(EditorialServices services, EventRepository events, RelatedArticles articles,
			StateDirectory countries) {
		super(services, events);
		this.events = events;
		this.articles = articles;
		this.countries = countries;
	}

	@Override
	public Event newItem(EditorialType type) {
		return new Event("", "", now());
	}

	/**
	 * The articles an editor may relate to an event: the newest, and those already
	 * chosen.
	 */
	@Transactional(readOnly = true)
	List<ArticleChoice> articleChoices(List<Long> chosen) {
		Set<Long> seen = new LinkedHashSet<>();
		List<ArticleChoice> choices = new ArrayList<>();
		for (ArticleChoice choice : this.articles.findChoices(PageRequest.of(0, ARTICLE_CHOICES))) {
			if (seen.add(choice.id())) {
				choices.add(choice);
			}
		}
		List<Long> missing = chosen.stream().filter((id) -> !seen.contains(id)).toList();
		if (!missing.isEmpty()) {
			choices.addAll(this.articles.findChoices(missing));
		}
		return choices;
	}

	@Override
	public ContentRef content(Event event) {
		return new ContentRef(CONTENT_TYPE, event.getId());
	}

	@Override
	public String publicUrl(Event event) {
		return "/events/" + event.getSlug();
	}

	@Override
	public EventForm newForm() {
		EventForm form = new EventForm();
		form.setTimeZone(zone().getId());
		return form;
	}

	/** The site's zone, which all-day events without a zone of their own follow. */
	ZoneId siteZone() {
		return zone();
	}

	/**
	 * Copies the form's own fields. The form was checked by {@link EventFormValidator}
	 * before a save; a preview of an unchecked form shows what can be shown (a timed
	 * event with missing pieces as an all-day one, an end before the start as the start).
	 */
	@Override
	protected void applyOwnFields(Event event, EventForm form) {
		ZoneId zone = knownZone(form.getTimeZone());
		LocalDate start = (form.getStartDate() != null) ? form.getStartDate() : LocalDate.ofInstant(now(), zone());
		LocalDate end = (form.getEndDate() != null && !form.getEndDate().isBefore(start)) ? form.getEndDate() : start;
		boolean allDay = form.isAllDay() || form.getStartTime() == null || form.getEndTime() == null || zone == null;
		event.setSchedule(new EventSchedule(allDay, start, end, form.getStartTime(), form.getEndTime(), zone), zone());
		event.setVenue(strip(form.getVenue()));
		event.setCity(strip(form.getCity()));
		String country = StateDirectory.normalise(form.getCountry());
		event.setCountryCode(this.countries.exists(country) ? country : null);
		String registration = strip(form.getRegistrationUrl());
		event.setRegistrationUrl(EventFormValidator.isWebAddress(registration) ? registration : null);
		event.getRelatedArticles().clear();
		if (!form.getArticleIds().isEmpty()) {
			event.getRelatedArticles().addAll(this.articles.findByIdIn(form.getArticleIds()));
		}
	}

	@Override
	protected void fillOwnFields(EventForm form, Event event) {
		EventSchedule schedule = event.getSchedule();
		form.setAllDay(schedule.allDay());
		form.setStartDate(schedule.startDate());
		form.setEndDate(schedule.endDate());
		form.setStartTime(schedule.startTime());
		form.setEndTime(schedule.endTime());
		form.setTimeZone((schedule.zone() != null) ? schedule.zone().getId() : "");
		form.setVenue(event.getVenue());
		form.setCity(event.getCity());
		form.setCountry(event.getCountryCode());
		form.setRegistrationUrl(event.getRegistrationUrl());
		form.setArticleIds(event.getRelatedArticles().stream().map(Article::getId).collect(Collectors.toList()));
	}

	@Override
	protected void snapshotOwnFields(Map<String, String> fields, Event event) {
		EventSchedule schedule = event.getSchedule();
		fields.put("eventStart",
				schedule.allDay() ? DAY.format(schedule.startDate()) : DAY_AND_TIME.format(schedule.localStart()));
		fields.put("eventEnd",
				schedule.allDay() ? DAY.format(schedule.endDate()) : DAY_AND_TIME.format(schedule.localEnd()));
		fields.put("eventTimeZone", (schedule.zone() != null) ? schedule.zone().getId() : "");
		fields.put("eventVenue", event.getVenue());
		fields.put("eventCity", event.getCity());
		fields.put("eventCountry", (event.getCountryCode() != null)
				? this.countries.name(event.getCountryCode()) + " (" + event.getCountryCode() + ")" : "");
		fields.put("eventRegistration", (event.getRegistrationUrl() != null) ? event.getRegistrationUrl() : "");
		fields.put("eventNews",
				event.getRelatedArticles()
					.stream()
					.sorted(Comparator.comparing(Article::getId))
					.map((article) -> article.getTitle() + " (#" + article.getId() + ")")
					.collect(Collectors.joining("\n")));
	}

	@Override
	protected void restoreOwnFields(EventForm form, Map<String, String> fields) {
		try {
			String start = fields.getOrDefault("eventStart", "");
			String end = fields.getOrDefault("eventEnd", "");
			boolean allDay = start.length() == 10;
			form.setAllDay(allDay);
			form.setStartDate(LocalDate.parse(start.substring(0, 10), DAY));
			form.setEndDate(LocalDate.parse(end.substring(0, 10), DAY));
			form.setStartTime(allDay ? null : LocalTime.parse(start.substring(11)));
			form.setEndTime(allDay ? null : LocalTime.parse(end.substring(11)));
		}
		catch (DateTimeParseException | IndexOutOfBoundsException ex) {
			// A revision without dates (there is none): keep the current ones.
		}
		form.setTimeZone(fields.getOrDefault("eventTimeZone", form.getTimeZone()));
		form.setVenue(fields.getOrDefault("eventVenue", ""));
		form.setCity(fields.getOrDefault("eventCity", ""));
		Matcher country = Pattern.compile("\\(([A-Z]{2})\\)$").matcher(fields.getOrDefault("eventCountry", ""));
		form.setCountry(country.find() ? country.group(1) : null);
		form.setRegistrationUrl(fields.getOrDefault("eventRegistration", ""));
		List<Long> ids = new ArrayList<>();
		for (String line : fields.getOrDefault("eventNews", "").split("\n")) {
			Matcher id = ID.matcher(line);
			if (id.find()) {
				ids.add(Long.valueOf(id.group(1)));
			}
		}
		form.setArticleIds(ids);
	}

	private static ZoneId knownZone(String id) {
		if (id == null || id.isBlank() || !ZoneId.getAvailableZoneIds().contains(id.strip())) {
			return null;
		}
		return ZoneId.of(id.strip());
	}

	private static String strip(String text) {
		return (text != null) ? text.strip() : "";
	}

}
