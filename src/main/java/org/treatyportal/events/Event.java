package org.treatyportal.events;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import org.hibernate.annotations.BatchSize;

import org.treatyportal.news.Article;
import org.treatyportal.publishing.EditableContent;
import org.treatyportal.publishing.Translation;

/**
 * A conference, meeting or workshop: when and where it takes place, how to register, and
 * the news about it. Its documents (programme, presentations) are in the document
 * library, which links them to the event.
 */
@Entity
@Table(name = "event")
public class Event extends EditableContent {

	// Lists show each event in the page's language: their translations load in batches.
	@ElementCollection
	@BatchSize(size = 50)
	@CollectionTable(name = "event_translation", joinColumns = @JoinColumn(name = "event_id"))
	@MapKeyColumn(name = "language")
	private Map<String, Translation> translations = new HashMap<>();

	@Column(name = "all_day", nullable = false)
	private boolean allDay;

	@Column(name = "start_date", nullable = false)
	private LocalDate startDate;

	@Column(name = "end_date", nullable = false)
	private LocalDate endDate;

	@Column(name = "start_time")
	private LocalTime startTime;

	@Column(name = "end_time")
	private LocalTime endTime;

	@Column(name = "time_zone")
	private String timeZone;

	@Column(name = "starts_at", nullable = false)
	private Instant startsAt;

	@Column(name = "ends_at", nullable = false)
	private Instant endsAt;

	@Column(nullable = false)
	private String venue = "";

	@Column(nullable = false)
	private String city = "";

	@Column(name = "country_code")
	private String countryCode;

	@Column(name = "registration_url")
	private String registrationUrl;

	@ManyToMany(fetch = FetchType.LAZY)
	@JoinTable(name = "event_article", joinColumns = @JoinColumn(name = "event_id"),
			inverseJoinColumns = @JoinColumn(name = "article_id"))
	private Set<Article> relatedArticles = new LinkedHashSet<>();

	protected Event() {
	}

	public Event(String slug, String title, Instant createdAt) {
		super(slug, title, createdAt);
	}

	/** When the event takes place. */
	public EventSchedule getSchedule() {
		return new EventSchedule(this.allDay, this.startDate, this.endDate, this.startTime, this.endTime,
				(this.timeZone != null) ? ZoneId.of(this.timeZone) : null);
	}

	/**
	 * Sets when the event takes place.
	 * @param schedule the dates, times and zone
	 * @param siteZone the zone that decides when an all-day event without a zone starts
	 * and ends
	 */
	public void setSchedule(EventSchedule schedule, ZoneId siteZone) {
		this.allDay = schedule.allDay();
		this.startDate = schedule.startDate();
		this.endDate = schedule.endDate();
		this.startTime = schedule.allDay() ? null : schedule.startTime();
		this.endTime = schedule.allDay() ? null : schedule.endTime();
		this.timeZone = (schedule.zone() != null) ? schedule.zone().getId() : null;
		this.startsAt = schedule.startInstant(siteZone);
		this.endsAt = schedule.endInstant(siteZone);
	}

	public Instant getStartsAt() {
		return this.startsAt;
	}

	public Instant getEndsAt() {
		return this.endsAt;
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

	/** ISO 3166-1 alpha-2 code of the country, upper case, or {@code null}. */
	public String getCountryCode() {
		return this.countryCode;
	}

	public void setCountryCode(String countryCode) {
		this.countryCode = countryCode;
	}

	/** Where visitors register (http or https), or {@code null}. */
	public String getRegistrationUrl() {
		return this.registrationUrl;
	}

	public void setRegistrationUrl(String registrationUrl) {
		this.registrationUrl = registrationUrl;
	}

	/** News items and press releases about the event. */
	public Set<Article> getRelatedArticles() {
		return this.relatedArticles;
	}

	@Override
	protected Map<String, Translation> translations() {
		return this.translations;
	}

}
