package org.treatyportal.events;

import java.util.List;

/**
 * What the documents feature implements to put an event's programme and other documents
 * on its pages. The documents feature owns both the items and the fragment that draws
 * them ({@code documents/cards}), so events only pass them on and need not know their
 * type. Without a bean of this type, events show no documents.
 */
public interface EventDocuments {

	/**
	 * The event's documents a visitor may see now, as {@code documents/cards} lists them.
	 */
	List<?> visible(long eventId);

	/**
	 * Every document of the event whatever its state, for the editors' event form: each
	 * item has a {@code title}, an {@code adminUrl} and a {@code status}.
	 */
	List<?> all(long eventId);

}
