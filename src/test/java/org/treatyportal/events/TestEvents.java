package org.treatyportal.events;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.transaction.support.TransactionTemplate;

import org.treatyportal.news.Article;

/**
 * Builds and saves events for tests, each with a unique slug so tests never collide on
 * the shared database.
 */
class TestEvents {

	private static final ZoneId SITE_ZONE = ZoneId.of("Europe/Paris");

	private final EventRepository events;

	private final TransactionTemplate transaction;

	TestEvents(EventRepository events, TransactionTemplate transaction) {
		this.events = events;
		this.transaction = transaction;
	}

	/** A timed event in the given zone. */
	Builder timed(String title, String start, String end, ZoneId zone) {
		LocalDateTime from = LocalDateTime.parse(start);
		LocalDateTime until = LocalDateTime.parse(end);
		return new Builder(title, new EventSchedule(false, from.toLocalDate(), until.toLocalDate(), from.toLocalTime(),
				until.toLocalTime(), zone));
	}

	/** An all-day event without a zone of its own. */
	Builder allDay(String title, String first, String last) {
		return new Builder(title,
				new EventSchedule(true, LocalDate.parse(first), LocalDate.parse(last), null, null, null));
	}

	/** Builder of one event; nothing is saved before {@link #save()}. */
	final class Builder {

		private final String title;

		private final EventSchedule schedule;

		private String slug = "e-" + UUID.randomUUID();

		private String city = "";

		private String country;

		private Instant publishAt;

		private boolean withdrawn;

		private final List<Article> articles = new ArrayList<>();

		private Builder(String title, EventSchedule schedule) {
			this.title = title;
			this.schedule = schedule;
		}

		Builder slug(String slug) {
			this.slug = slug;
			return this;
		}

		Builder in(String city, String country) {
			this.city = city;
			this.country = country;
			return this;
		}

		/** Published (or scheduled, if in the future) from the given instant. */
		Builder publishedAt(Instant publishAt) {
			this.publishAt = publishAt;
			return this;
		}

		Builder withdrawnAfter(Instant publishAt) {
			this.publishAt = publishAt;
			this.withdrawn = true;
			return this;
		}

		Builder about(Article article) {
			this.articles.add(article);
			return this;
		}

		/** Saves a draft unless a publication instant was given. */
		Event save() {
			return TestEvents.this.transaction.execute((status) -> {
				Event event = new Event(this.slug, this.title, Instant.parse("2000-01-01T00:00:00Z"));
				event.setSummary("About " + this.title);
				event.setSchedule(this.schedule, SITE_ZONE);
				event.setCity(this.city);
				event.setCountryCode(this.country);
				event.getRelatedArticles().addAll(this.articles);
				if (this.publishAt != null) {
					event.getPublication().publish(this.publishAt);
				}
				if (this.withdrawn) {
					event.getPublication().withdraw();
				}
				return TestEvents.this.events.save(event);
			});
		}

	}

}
