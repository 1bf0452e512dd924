package org.treatyportal.events;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Set;

import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

import org.treatyportal.states.StateDirectory;

/**
 * The rules of an event form that span fields: a timed event needs its times and its time
 * zone, the end may not come before the start, the zone, the country and the registration
 * address must be real. Each refusal is an error on the field to correct.
 */
class EventFormValidator implements Validator {

	static final int MIN_YEAR = 1000;

	static final int MAX_YEAR = 9999;

	private static final Set<String> ZONES = ZoneId.getAvailableZoneIds();

	private final StateDirectory countries;

	EventFormValidator(StateDirectory countries) {
		this.countries = countries;
	}

	@Override
	public boolean supports(Class<?> type) {
		return EventForm.class.isAssignableFrom(type);
	}

	@Override
	public void validate(Object target, Errors errors) {
		EventForm form = (EventForm) target;
		ZoneId zone = zone(form.getTimeZone(), errors);
		checkYear(form.getStartDate(), "startDate", errors);
		checkYear(form.getEndDate(), "endDate", errors);
		if (!form.isAllDay()) {
			require(form.getStartTime(), "startTime", "events.startTime.required", errors);
			require(form.getEndTime(), "endTime", "events.endTime.required", errors);
			if (blank(form.getTimeZone()) && !errors.hasFieldErrors("timeZone")) {
				errors.rejectValue("timeZone", "events.timeZone.required");
			}
		}
		checkOrder(form, zone, errors);
		String country = StateDirectory.normalise(form.getCountry());
		if (country != null && !this.countries.exists(country) && !errors.hasFieldErrors("country")) {
			errors.rejectValue("country", "events.country.unknown");
		}
		if (!blank(form.getRegistrationUrl()) && !isWebAddress(form.getRegistrationUrl().strip())
				&& !errors.hasFieldErrors("registrationUrl")) {
			errors.rejectValue("registrationUrl", "events.registrationUrl.invalid");
		}
	}

	/** Whether the text is an absolute http or https address with a host. */
	static boolean isWebAddress(String text) {
		try {
			URI uri = new URI(text);
			String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : "";
			return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
		}
		catch (URISyntaxException ex) {
			return false;
		}
	}

	/** The zone named, or {@code null} when none or unknown (then with an error). */
	static ZoneId zone(String id, Errors errors) {
		if (blank(id)) {
			return null;
		}
		if (!ZONES.contains(id.strip())) {
			if (!errors.hasFieldErrors("timeZone")) {
				errors.rejectValue("timeZone", "events.timeZone.unknown");
			}
			return null;
		}
		return ZoneId.of(id.strip());
	}

	private static void checkOrder(EventForm form, ZoneId zone, Errors errors) {
		LocalDate start = form.getStartDate();
		LocalDate end = (form.getEndDate() != null) ? form.getEndDate() : start;
		if (start == null || end == null || errors.hasFieldErrors("startDate") || errors.hasFieldErrors("endDate")) {
			return;
		}
		if (end.isBefore(start)) {
			errors.rejectValue("endDate", "events.end.beforeStart");
			return;
		}
		if (form.isAllDay() || form.getStartTime() == null || form.getEndTime() == null) {
			return;
		}
		LocalDateTime localStart = start.atTime(form.getStartTime());
		LocalDateTime localEnd = end.atTime(form.getEndTime());
		// Across a change to winter time, a later local time can be an earlier moment.
		boolean before = (zone != null) ? localEnd.atZone(zone).isBefore(localStart.atZone(zone))
				: localEnd.isBefore(localStart);
		if (before) {
			errors.rejectValue("endTime", "events.end.beforeStart");
		}
	}

	private static void checkYear(LocalDate date, String field, Errors errors) {
		if (date != null && (date.getYear() < MIN_YEAR || date.getYear() > MAX_YEAR) && !errors.hasFieldErrors(field)) {
			errors.rejectValue(field, "events.date.outOfRange");
		}
	}

	private static void require(Object value, String field, String code, Errors errors) {
		if (value == null && !errors.hasFieldErrors(field)) {
			errors.rejectValue(field, code);
		}
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

}
