package org.treatyportal.audit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

import org.treatyportal.security.SignInRequests;
import org.treatyportal.support.PortalIntegrationTest;
import org.treatyportal.users.SignedInUser;
import org.treatyportal.users.TestUsers;
import org.treatyportal.users.User;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.treatyportal.support.Html.page;

/**
 * Sign-ins and actions go to the audit log under the account that made them, and only
 * admins read it.
 */
@PortalIntegrationTest
class AuditLogTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestUsers users;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private AuditLog auditLog;

	@Test
	void signInSuccessAndFailureAreRecordedWithTheClientAddress() throws Exception {
		User editor = this.users.editor();
		String address = SignInRequests.newAddress();

		this.mvc.perform(SignInRequests.signIn(editor.getEmail(), "wrong password", address));
		this.mvc.perform(SignInRequests.signIn(editor.getEmail(), TestUsers.PASSWORD, address));

		assertThat(this.jdbc.queryForList("select action || ' ' || client_address || ' ' || actor_id from audit_entry"
				+ " where actor_email = ? order by id", String.class, editor.getEmail()))
			.containsExactly("SIGN_IN_FAILED " + address + " " + editor.getId(),
					"SIGN_IN " + address + " " + editor.getId());
	}

	@Test
	void actionOfASignedInUserNamesTheAccountOfThePrincipal() {
		User editor = this.users.editor();
		SignedInUser principal = SignedInUser.of(editor);
		SecurityContextHolder.getContext()
			.setAuthentication(
					UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
		try {
			this.auditLog.record("TEST_PRINCIPAL_ACTION", null);
		}
		finally {
			SecurityContextHolder.clearContext();
		}

		assertThat(this.jdbc.queryForList(
				"select actor_id || ' ' || actor_email from audit_entry" + " where action = 'TEST_PRINCIPAL_ACTION'",
				String.class))
			.containsExactly(editor.getId() + " " + editor.getEmail());
	}

	@Test
	void adminFiltersTheLogAndEditorsMayNotReadIt() throws Exception {
		User editor = this.users.editor();
		User admin = this.users.admin();
		this.mvc.perform(SignInRequests.signIn(editor.getEmail(), "wrong password", SignInRequests.newAddress()));

		this.mvc
			.perform(get("/admin/audit").param("actor", editor.getEmail())
				.param("action", "SIGN_IN_FAILED")
				.with(user(admin.getEmail()).roles("ADMIN")))
			.andExpect(status().isOk())
			.andExpect(page((html) -> {
				assertThat(html.select("tbody tr")).hasSize(1);
				assertThat(html.select("tbody td").eachText()).contains(editor.getEmail(), "Sign-in refused",
						"wrong e-mail address, password or code");
			}));
		this.mvc.perform(get("/admin/audit").with(user(editor.getEmail()).roles("EDITOR")))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/audit").param("from", "not-a-date").with(user(admin.getEmail()).roles("ADMIN")))
			.andExpect(status().isBadRequest());
	}

}
