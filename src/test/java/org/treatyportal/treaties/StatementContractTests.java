package org.treatyportal.treaties;

import java.util.Map;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import org.treatyportal.support.AdminForms;
import org.treatyportal.support.PortalIntegrationTest;
import org.treatyportal.support.RevisionedEditingContract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A State's reservations, declarations and other statements keep the promises of
 * everything edited with revisions.
 */
@PortalIntegrationTest
class StatementContractTests extends RevisionedEditingContract {

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
		return "text";
	}

	@Override
	protected String create(String marker) throws Exception {
		TestTreaties test = new TestTreaties(this.treaties, this.parties, this.statements);
		TreatyParty party = test.signed(test.treaty(marker), "DE", "2001-11-23");
		String record = "/admin/treaties/" + party.getTreaty().getNumber() + "/parties/de";
		RequestPostProcessor admin = editor();
		this.mvc
			.perform(AdminForms.submit(AdminForms.open(this.mvc, admin, record + "/statements/new"),
					record + "/statements", admin,
					Map.of("kind", "DECLARATION", "statementDate", "2002-01-10", "text", marker)))
			.andExpect(status().isFound());
		String statement = AdminForms.open(this.mvc, admin, record)
			.select("a[href^=" + record + "/statements/]:not([href$=/new])")
			.attr("href");
		assertThat(statement).isNotEmpty();
		return statement;
	}

}
