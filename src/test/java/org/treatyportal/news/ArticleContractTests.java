package org.treatyportal.news;

import org.treatyportal.support.PortalIntegrationTest;
import org.treatyportal.support.PublishedContentContract;

/**
 * News items keep the promises of every published content type.
 */
@PortalIntegrationTest
class ArticleContractTests extends PublishedContentContract {

	@Override
	protected String adminPath() {
		return "/admin/news";
	}

	@Override
	protected String publicAddress(String slug) {
		return "/news/" + slug;
	}

}
