package org.treatyportal.treaties;

import java.util.Map;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import org.treatyportal.support.AdminForms;
import org.treatyportal.support.PortalIntegrationTest;
import org.treatyportal.support.RevisionedEditingContract;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A State's record of signature and ratification keeps the promises of everything edited
 * with revisions.
 */
@PortalIntegrationTest
class PartyContractTests extends RevisionedEditingContract {

	@Autowired
	private TreatyRepository treaties;

	@Autowired
	private TreatyPartyRepository parties;

	@Autowired
	private TreatyStatementRepository statements;

	@Override
	protected boolean adminsOnly() {
		return true;
	}

	@Override
	protected String textField() {
		return "notes";
	}

	@Override
	protected String create(String marker) throws Exception {
		Treaty treaty = new TestTreaties(this.treaties, this.parties, this.statements).treaty(marker);
		String records = "/admin/treaties/" + treaty.getNumber() + "/parties";
		RequestPostProcessor admin = editor();
		return this.mvc
			.perform(AdminForms.submit(AdminForms.open(this.mvc, admin, records + "/new"), records, admin,
					Map.of("countryCode", "FR", "signatureDate", "2001-11-23", "notes", marker)))
			.andExpect(status().isFound())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
	}

}
