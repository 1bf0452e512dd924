package org.treatyportal.documents;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;

import org.treatyportal.publishing.ContentRepository;
import org.treatyportal.publishing.LanguageVersions;

/**
 * Documents. Every public query applies the visibility rule (published, publish time
 * passed) itself, with "now" passed in from the injected clock.
 */
interface DocumentRepository extends ContentRepository<Document> {

	String VISIBLE = " d.publication.state = org.treatyportal.publishing.PublicationState.PUBLISHED"
			+ " and d.publication.publishAt <= :now ";

	String NEWEST_FIRST = " order by d.date desc nulls last, d.id desc";

	Optional<Document> findBySlug(String slug);

	@Override
	@Query("select distinct d from Document d left join fetch d.countries left join fetch d.event where d.id = :id")
	Optional<Document> findForEditing(Long id);

	@Query("select distinct d from Document d left join fetch d.countries left join fetch d.event"
			+ " where d.slug = :slug and" + VISIBLE)
	Optional<Document> findVisibleBySlug(String slug, Instant now);

	/**
	 * The visible documents whose original or one of whose translations has the slug;
	 * more than one where one language's slug is another document's in another.
	 */
	default List<Document> findVisibleByAnySlug(String slug, Instant now) {
		return LanguageVersions.foundBySlug(findVisibleByOwnSlug(slug, now), findVisibleByTranslationSlug(slug, now));
	}

	@Query("select d from Document d where d.slug = :slug and" + VISIBLE)
	List<Document> findVisibleByOwnSlug(String slug, Instant now);

	@Query("select distinct d from Document d join d.translations t where t.slug = :slug and" + VISIBLE)
	List<Document> findVisibleByTranslationSlug(String slug, Instant now);

	@Query(value = "select d from Document d where" + VISIBLE + NEWEST_FIRST,
			countQuery = "select count(d) from Document d where" + VISIBLE)
	Page<Document> findVisible(Instant now, Pageable pageable);

	@Query(value = "select d from Document d where d.type = :type and" + VISIBLE + NEWEST_FIRST,
			countQuery = "select count(d) from Document d where d.type = :type and" + VISIBLE)
	Page<Document> findVisibleOfType(DocumentType type, Instant now, Pageable pageable);

	@Query("select d from Document d where d.treatyNumber = :number and" + VISIBLE + NEWEST_FIRST)
	List<Document> findVisibleForTreaty(int number, Instant now, Pageable pageable);

	@Query("select d from Document d where d.event.id = :eventId and" + VISIBLE + NEWEST_FIRST)
	List<Document> findVisibleForEvent(long eventId, Instant now, Pageable pageable);

	@Query("select d from Document d join d.countries c where c = :country and" + VISIBLE + NEWEST_FIRST)
	List<Document> findVisibleInCountry(String country, Instant now, Pageable pageable);

	/** Every document of an event whatever its state, for the editors' event form. */
	@Query("select d from Document d where d.event.id = :eventId" + NEWEST_FIRST)
	List<Document> findForEvent(long eventId);

	@Query("select d.publication.state, count(d) from Document d group by d.publication.state")
	List<Object[]> countByState();

	@Query("select count(d) from Document d where d.publication.state = org.treatyportal.publishing.PublicationState.PUBLISHED"
			+ " and d.publication.publishAt > :now")
	long countScheduled(Instant now);

}
