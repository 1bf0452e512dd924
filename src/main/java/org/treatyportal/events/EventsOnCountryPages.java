package org.treatyportal.events;

import java.util.List;

import org.springframework.stereotype.Component;

import org.treatyportal.related.RelatedContent;
import org.treatyportal.related.RelatedLink;

/**
 * Lists the published events held in a country on its profile.
 */
@Component
class EventsOnCountryPages implements RelatedContent {

	private final EventService events;

	EventsOnCountryPages(EventService events) {
		this.events = events;
	}

	@Override
	public List<RelatedLink> forCountry(String countryCode) {
		return this.events.forCountry(countryCode)
			.stream()
			.map((event) -> new RelatedLink("events", event.title(), event.url(), event.startDate()))
			.toList();
	}

}
