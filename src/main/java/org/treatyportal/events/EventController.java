package org.treatyportal.events;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.DigestUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

import org.treatyportal.config.PortalProperties;
import org.treatyportal.seo.PageMeta;
import org.treatyportal.seo.StructuredData;
import org.treatyportal.web.NavigationSection;
import org.treatyportal.web.Redirects;

/**
 * The public events: the list (upcoming first, then past ones by year), an event's page,
 * and the iCalendar files of one event and of all of them.
 */
@Controller
@NavigationSection("events")
class EventController {

	static final MediaType CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

	private static final CacheControl CALENDAR_CACHING = CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic();

	private final EventService events;

	private final MessageSource messages;

	private final PortalProperties properties;

	EventController(EventService events, MessageSource messages, PortalProperties properties) {
		this.messages = messages;
		this.properties = properties;
		this.events = events;
	}

	@GetMapping("/events")
	String list(@RequestParam(required = false) Integer year, Model model) {
		if (year != null && (year < EventFormValidator.MIN_YEAR || year > EventFormValidator.MAX_YEAR)) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
		List<Integer> years = this.events.pastYears();
		Integer shown = (year != null) ? year : (years.isEmpty() ? null : years.get(0));
		model.addAttribute("upcoming", this.events.upcoming(EventService.UPCOMING_MAX));
		model.addAttribute("years", years);
		model.addAttribute("year", shown);
		model.addAttribute("past", (shown != null) ? this.events.past(shown) : List.of());
		int index = (shown != null) ? years.indexOf(shown) : -1;
		model.addAttribute("newerYear", (index > 0) ? years.get(index - 1) : null);
		model.addAttribute("olderYear", (index >= 0 && index < years.size() - 1) ? years.get(index + 1) : null);
		model.addAttribute(PageMeta.MODEL_ATTRIBUTE, PageMeta.fromMessages("meta.events.title",
				"meta.events.description", (year != null) ? "/events?year=" + year : "/events"));
		return "events/list";
	}

	@GetMapping("/events/{slug}")
	ModelAndView event(@PathVariable String slug) {
		Optional<EventDetail> event = this.events.find(slug);
		if (event.isPresent()) {
			EventDetail detail = event.get();
			return new ModelAndView("events/item",
					Map.of("event", detail, PageMeta.MODEL_ATTRIBUTE,
							PageMeta.of(detail.title(), detail.summary(), "/events/" + slug)
								.withStructuredData(jsonLd(detail))
								.withVersions(detail.versions())));
		}
		Optional<String> renamed = this.events.renamedTo(slug);
		if (renamed.isPresent()) {
			return Redirects.permanent(renamed.get());
		}
		throw new ResponseStatusException(this.events.isWithdrawn(slug) ? HttpStatus.GONE : HttpStatus.NOT_FOUND);
	}

	/** The event as a schema.org {@code Event}, with its place when it has one. */
	private static StructuredData jsonLd(EventDetail event) {
		return (page) -> {
			Map<String, Object> data = StructuredData.object("Event");
			data.put("name", page.title());
			data.put("description", page.description());
			data.put("startDate", event.start());
			data.put("endDate", event.end());
			data.put("url", page.url());
			if (page.language() != null) {
				data.put("inLanguage", page.language());
			}
			data.put("eventAttendanceMode", "https://schema.org/OfflineEventAttendanceMode");
			if (!event.city().isEmpty() || !event.venue().isEmpty()) {
				Map<String, Object> address = StructuredData.object("PostalAddress");
				address.put("addressLocality", event.city());
				address.put("addressCountry", event.country());
				Map<String, Object> place = StructuredData.object("Place");
				place.put("name", event.venue().isEmpty() ? event.city() : event.venue());
				place.put("address", address);
				data.put("location", place);
			}
			data.put("organizer", page.publisher());
			return data;
		};
	}

	@GetMapping("/events/{slug}.ics")
	ResponseEntity<byte[]> eventCalendar(@PathVariable String slug) {
		Optional<String> calendar = this.events.calendar(slug);
		if (calendar.isPresent()) {
			return calendar(calendar.get(), ContentDisposition.attachment().filename(slug + ".ics").build());
		}
		Optional<String> renamed = this.events.renamedTo(slug);
		if (renamed.isPresent()) {
			return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY)
				.location(URI.create(renamed.get() + ".ics"))
				.build();
		}
		throw new ResponseStatusException(this.events.isWithdrawn(slug) ? HttpStatus.GONE : HttpStatus.NOT_FOUND);
	}

	@GetMapping("/events.ics")
	ResponseEntity<byte[]> allEvents(Locale locale) {
		String name = this.messages.getMessage("feeds.title",
				new Object[] { this.properties.siteName(locale.getLanguage()),
						this.messages.getMessage("events.title", null, locale) },
				locale);
		return calendar(this.events.allEvents(name), ContentDisposition.inline().filename("events.ics").build());
	}

	/**
	 * The file with validators: a calendar client polling an unchanged calendar gets a
	 * 304.
	 */
	private static ResponseEntity<byte[]> calendar(String text, ContentDisposition disposition) {
		byte[] body = text.getBytes(StandardCharsets.UTF_8);
		return ResponseEntity.ok()
			.contentType(CALENDAR)
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
			.cacheControl(CALENDAR_CACHING)
			.eTag("\"" + DigestUtils.md5DigestAsHex(body) + "\"")
			.body(body);
	}

}
