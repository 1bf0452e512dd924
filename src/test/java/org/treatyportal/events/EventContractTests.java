package org.treatyportal.events;

import java.util.Map;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import org.treatyportal.support.PortalIntegrationTest;
import org.treatyportal.support.PublishedContentContract;
import org.treatyportal.users.TestUsers;

/**
 * Events keep the promises of every published content type.
 */
@PortalIntegrationTest
class EventContractTests extends PublishedContentContract {

	@Autowired
	private TestUsers users;

	@Override
	protected RequestPostProcessor editor() {
		return TestUsers.as(this.users.editor());
	}

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
