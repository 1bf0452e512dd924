package org.treatyportal.documents;

import java.util.Map;

import org.treatyportal.support.PortalIntegrationTest;
import org.treatyportal.support.PublishedContentContract;

/**
 * Documents keep the promises of every published content type.
 */
@PortalIntegrationTest
class DocumentContractTests extends PublishedContentContract {

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
