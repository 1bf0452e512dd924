package org.treatyportal.countries;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.test.web.servlet.request.RequestPostProcessor;

import org.treatyportal.support.AdminForms;
import org.treatyportal.support.PortalIntegrationTest;
import org.treatyportal.support.RevisionedEditingContract;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Country profiles keep the promises of everything edited with revisions. Countries are
 * not created: each test takes a country no other test edits and saves it once.
 */
@PortalIntegrationTest
class CountryContractTests extends RevisionedEditingContract {

	private static final List<String> UNUSED = List.of("sb", "vu", "km", "st", "gw", "gq", "dj", "er");

	private static final AtomicInteger NEXT = new AtomicInteger();

	@Override
	protected boolean adminsOnly() {
		return true;
	}

	@Override
	protected String textField() {
		return "pointOfContact";
	}

	@Override
	protected String create(String marker) throws Exception {
		String country = "/admin/countries/" + UNUSED.get(NEXT.getAndIncrement());
		RequestPostProcessor admin = editor();
		this.mvc
			.perform(AdminForms.submit(AdminForms.open(this.mvc, admin, country), country, admin,
					Map.of(textField(), marker)))
			.andExpect(status().isFound());
		return country;
	}

}
