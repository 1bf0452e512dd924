package org.treatyportal.events;

import java.time.LocalDate;
import java.util.List;

import org.treatyportal.publishing.AttachmentView;
import org.treatyportal.publishing.LanguageText;
import org.treatyportal.web.ContentVersions;
import org.treatyportal.web.DatePrecision;

/**
 * Everything the public page of an event shows.
 *
 * @param title the title
 * @param summary the lead paragraph, plain text
 * @param body sanitised HTML
 * @param when its days, and for a timed event its local times:
 * {@code 1 April 2008, 09:00–18:00}
 * @param zone for a timed event, its zone named:
 * {@code Central European Summer Time (Europe/Paris)}; {@code null} for an all-day event
 * @param start its start for machines ({@code 2008-04-01T09:00+02:00}, or a date)
 * @param end its end for machines
 * @param startDate its first day
 * @param venue the building or room, may be empty
 * @param city the city, may be empty
 * @param country the country's name, may be empty
 * @param registrationUrl where to register, or {@code null}
 * @param calendarUrl its iCalendar file
 * @param upcoming whether it has not ended yet
 * @param documents its programme and other documents, with their languages, as
 * {@link EventDocuments#visible} gives them
 * @param news news items and press releases about it
 * @param attachments files attached to it
 * @param text the text shown, in the page's language or, for want of a translation, the
 * original's (then marked with its {@code lang} and a notice)
 * @param versions the event's addresses in every language
 */
public record EventDetail(String title, String summary, String body, String when, String zone, String start, String end,
		LocalDate startDate, String venue, String city, String country, String registrationUrl, String calendarUrl,
		boolean upcoming, List<?> documents, List<NewsLink> news, List<AttachmentView> attachments, LanguageText text,
		ContentVersions versions) {

	/** The city and country, as far as they are known: {@code Strasbourg, France}. */
	public String place() {
		if (this.city.isEmpty()) {
			return this.country;
		}
		return this.country.isEmpty() ? this.city : this.city + ", " + this.country;
	}

	/**
	 * A news item or press release about the event.
	 *
	 * @param title its headline
	 * @param url its page
	 * @param date its publication date in the site's zone
	 * @param datePrecision whether that date is exact or known only to the month
	 * @param kindKey message key of its kind, for a badge
	 * @param lang the language of the headline where it is not the page's, else
	 * {@code null}
	 */
	public record NewsLink(String title, String url, LocalDate date, DatePrecision datePrecision, String kindKey,
			String lang) {
	}

}
