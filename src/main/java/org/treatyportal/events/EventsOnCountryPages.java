package org.treatyportal.events;

import java.util.List;

import org.springframework.stereotype.Component;

import org.treatyportal.countries.Country;
import org.treatyportal.treaties.RelatedContent;
import org.treatyportal.treaties.RelatedLink;

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
	public List<RelatedLink> forCountry(Country country) {
		return this.events.forCountry(country.getCode())
			.stream()
			.map((event) -> new RelatedLink("events", event.title(), event.url(), event.startDate()))
			.toList();
	}

}
