package org.treatyportal.pages;

import org.treatyportal.support.PortalIntegrationTest;
import org.treatyportal.support.PublishedContentContract;

/**
 * Static pages keep the promises of every published content type.
 */
@PortalIntegrationTest
class PageContractTests extends PublishedContentContract {

	@Override
	protected String adminPath() {
		return "/admin/pages";
	}

	@Override
	protected String publicAddress(String slug) {
		return "/" + slug;
	}

}
