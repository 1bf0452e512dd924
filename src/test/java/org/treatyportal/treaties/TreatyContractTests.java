package org.treatyportal.treaties;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.test.web.servlet.request.RequestPostProcessor;

import org.treatyportal.support.AdminForms;
import org.treatyportal.support.PortalIntegrationTest;
import org.treatyportal.support.RevisionedEditingContract;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A treaty's own details keep the promises of everything edited with revisions.
 */
@PortalIntegrationTest
class TreatyContractTests extends RevisionedEditingContract {

	private static final AtomicInteger NUMBERS = new AtomicInteger(70_000);

	@Override
	protected boolean adminsOnly() {
		return true;
	}

	@Override
	protected String textField() {
		return "openedPlace";
	}

	@Override
	protected String create(String marker) throws Exception {
		RequestPostProcessor admin = editor();
		int number = NUMBERS.incrementAndGet();
		return this.mvc
			.perform(
					AdminForms.submit(AdminForms.open(this.mvc, admin, "/admin/treaties/new"), "/admin/treaties", admin,
							Map.of("number", String.valueOf(number), "title", marker + " (full title)", "shortTitle",
									marker, "openedPlace", "Budapest")))
			.andExpect(status().isFound())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
	}

}
