package org.treatyportal.news;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import org.treatyportal.support.PortalIntegrationTest;
import org.treatyportal.support.PublishedContentContract;
import org.treatyportal.users.TestUsers;

/**
 * News items keep the promises of every published content type.
 */
@PortalIntegrationTest
class ArticleContractTests extends PublishedContentContract {

	@Autowired
	private TestUsers users;

	@Override
	protected RequestPostProcessor editor() {
		return TestUsers.as(this.users.editor());
	}

	@Override
	protected String adminPath() {
		return "/admin/news";
	}

	@Override
	protected String publicAddress(String slug) {
		return "/news/" + slug;
	}

}
