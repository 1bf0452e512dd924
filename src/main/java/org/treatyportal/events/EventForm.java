package org.treatyportal.events;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

import org.treatyportal.publishing.EditorialForm;

/**
 * What an editor types into the event form: the editorial fields, when and where the
 * event takes place, how to register, and the news about it. {@link EventFormValidator}
 * checks that the fields fit together.
 */
public class EventForm extends EditorialForm {

	private boolean allDay;

	@NotNull
	private LocalDate startDate;

	@DateTimeFormat(pattern = "HH:mm", fallbackPatterns = "HH:mm:ss")
	private LocalTime startTime;

	private LocalDate endDate;

	@DateTimeFormat(pattern = "HH:mm", fallbackPatterns = "HH:mm:ss")
	private LocalTime endTime;

	@Size(max = 64)
	private String timeZone;

	@Size(max = 300)
	private String venue;

	@Size(max = 120)
	private String city;

	@Size(max = 2)
	private String country;

	@Size(max = 1000)
	private String registrationUrl;

	private List<Long> articleIds = new ArrayList<>();

	/** Whether the event takes whole days, without times. */
	public boolean isAllDay() {
		return this.allDay;
	}

	public void setAllDay(boolean allDay) {
		this.allDay = allDay;
	}

	public LocalDate getStartDate() {
		return this.startDate;
	}

	public void setStartDate(LocalDate startDate) {
		this.startDate = startDate;
	}

	/** Local start time in the event's zone; none for an all-day event. */
	public LocalTime getStartTime() {
		return this.startTime;
	}

	public void setStartTime(LocalTime startTime) {
		this.startTime = startTime;
	}

	/** The last day; empty means the start day. */
	public LocalDate getEndDate() {
		return this.endDate;
	}

	public void setEndDate(LocalDate endDate) {
		this.endDate = endDate;
	}

	public LocalTime getEndTime() {
		return this.endTime;
	}

	public void setEndTime(LocalTime endTime) {
		this.endTime = endTime;
	}

	/** IANA zone of the place, e.g. {@code Europe/Paris}. */
	public String getTimeZone() {
		return this.timeZone;
	}

	public void setTimeZone(String timeZone) {
		this.timeZone = timeZone;
	}

	public String getVenue() {
		return this.venue;
	}

	public void setVenue(String venue) {
		this.venue = venue;
	}

	public String getCity() {
		return this.city;
	}

	public void setCity(String city) {
		this.city = city;
	}

	/** ISO 3166-1 alpha-2 code. */
	public String getCountry() {
		return this.country;
	}

	public void setCountry(String country) {
		this.country = country;
	}

	public String getRegistrationUrl() {
		return this.registrationUrl;
	}

	public void setRegistrationUrl(String registrationUrl) {
		this.registrationUrl = registrationUrl;
	}

	/** Ids of the news items and press releases about the event. */
	public List<Long> getArticleIds() {
		return this.articleIds;
	}

	public void setArticleIds(List<Long> articleIds) {
		this.articleIds = (articleIds != null) ? articleIds : new ArrayList<>();
	}

}
