package org.treatyportal.documents;

import java.util.Map;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import org.treatyportal.support.PortalIntegrationTest;
import org.treatyportal.support.PublishedContentContract;
import org.treatyportal.users.TestUsers;

/**
 * Documents keep the promises of every published content type.
 */
@PortalIntegrationTest
class DocumentContractTests extends PublishedContentContract {

	@Autowired
	private TestUsers users;

	@Override
	protected RequestPostProcessor editor() {
		return TestUsers.as(this.users.editor());
	}

	@Override
	protected String adminPath() {
		return "/admin/documents";
	}

	@Override
	protected String publicAddress(String slug) {
		return "/documents/" + slug;
	}

	@Override
	protected Map<String, String> requiredFields() {
		return Map.of("documentType", "REPORT");
	}

}
