package org.treatyportal.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;

import org.treatyportal.publishing.ContentRepository;
import org.treatyportal.publishing.LanguageVersions;

/**
 * Events. Every public query applies the visibility rule (published, publish time passed)
 * itself, with "now" passed in from the injected clock.
 */
interface EventRepository extends ContentRepository<Event> {

	String VISIBLE = " e.publication.state = org.treatyportal.publishing.PublicationState.PUBLISHED"
			+ " and e.publication.publishAt <= :now ";

	Optional<Event> findBySlug(String slug);

	@Override
	@Query("select e from Event e left join fetch e.relatedArticles where e.id = :id")
	Optional<Event> findForEditing(Long id);

	@Query("select e from Event e left join fetch e.relatedArticles where e.slug = :slug and" + VISIBLE)
	Optional<Event> findVisibleBySlug(String slug, Instant now);

	/**
	 * The visible events whose original or one of whose translations has the slug; more
	 * than one where one language's slug is another event's in another.
	 */
	default List<Event> findVisibleByAnySlug(String slug, Instant now) {
		return LanguageVersions.foundBySlug(findVisibleByOwnSlug(slug, now), findVisibleByTranslationSlug(slug, now));
	}

	@Query("select e from Event e where e.slug = :slug and" + VISIBLE)
	List<Event> findVisibleByOwnSlug(String slug, Instant now);

	@Query("select distinct e from Event e join e.translations t where t.slug = :slug and" + VISIBLE)
	List<Event> findVisibleByTranslationSlug(String slug, Instant now);

	/** Visible events that have not ended, soonest first. */
	@Query("select e from Event e where" + VISIBLE + "and e.endsAt > :now order by e.startsAt, e.id")
	List<Event> findUpcoming(Instant now, Pageable pageable);

	/** Visible events that have ended and started on the given days, latest first. */
	@Query("select e from Event e where" + VISIBLE + "and e.endsAt <= :now"
			+ " and e.startDate >= :from and e.startDate < :until order by e.startsAt desc, e.id desc")
	List<Event> findPast(Instant now, LocalDate from, LocalDate until);

	/** Visible events that have ended, latest first. */
	@Query("select e from Event e where" + VISIBLE + "and e.endsAt <= :now order by e.startsAt desc, e.id desc")
	List<Event> findLatestPast(Instant now, Pageable pageable);

	@Query(value = "select distinct cast(extract(year from start_date) as integer) as year from event"
			+ " where state = 'PUBLISHED' and publish_at <= :now and ends_at <= :now order by year desc",
			nativeQuery = true)
	List<Integer> findPastYears(Instant now);

	/** Visible events, latest published first, for the feed. */
	@Query("select e from Event e where" + VISIBLE + "order by e.publication.publishAt desc, e.id desc")
	List<Event> findNewestPublished(Instant now, Pageable pageable);

	/** Visible events, latest first, for the calendar of all events. */
	@Query("select e from Event e where" + VISIBLE + "order by e.startsAt desc, e.id desc")
	List<Event> findVisible(Instant now, Pageable pageable);

	@Query("select e from Event e where e.countryCode = :country and" + VISIBLE + "order by e.startsAt desc, e.id desc")
	List<Event> findVisibleInCountry(String country, Instant now, Pageable pageable);

	@Query("select e.publication.state, count(e) from Event e group by e.publication.state")
	List<Object[]> countByState();

	@Query("select count(e) from Event e where e.publication.state = org.treatyportal.publishing.PublicationState.PUBLISHED"
			+ " and e.publication.publishAt > :now")
	long countScheduled(Instant now);

}
