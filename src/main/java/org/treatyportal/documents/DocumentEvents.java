package org.treatyportal.documents;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import org.treatyportal.events.Event;
import org.treatyportal.events.EventChoice;

/**
 * The events a document can belong to.
 */
interface DocumentEvents extends Repository<Event, Long> {

	Optional<Event> findById(Long id);

	Optional<Event> findBySlug(String slug);

	/** Every event, latest first, for the choice of a document's event. */
	@Query("select new org.treatyportal.events.EventChoice(e.id, e.title, e.startDate) from Event e"
			+ " order by e.startDate desc, e.id desc")
	List<EventChoice> findChoices(Pageable pageable);

}
