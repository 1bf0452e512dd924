package org.treatyportal.events;

import java.util.Map;

import org.treatyportal.support.PortalIntegrationTest;
import org.treatyportal.support.PublishedContentContract;

/**
 * Events keep the promises of every published content type.
 */
@PortalIntegrationTest
class EventContractTests extends PublishedContentContract {

	@Override
	protected String adminPath() {
		return "/admin/events";
	}

	@Override
	protected String publicAddress(String slug) {
		return "/events/" + slug;
	}

	@Override
	protected Map<String, String> requiredFields() {
		return Map.of("startDate", "2031-05-12", "startTime", "09:30", "endDate", "2031-05-13", "endTime", "17:00");
	}

}
