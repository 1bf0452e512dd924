package org.treatyportal.audit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.treatyportal.support.Browser;
import org.treatyportal.support.PortalIntegrationTest;
import org.treatyportal.users.TestUsers;
import org.treatyportal.users.User;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.treatyportal.support.Html.page;

/**
 * Sign-ins go to the audit log, and only admins read it.
 */
@PortalIntegrationTest
class AuditLogTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestUsers users;

	@Autowired
	private JdbcTemplate jdbc;

	@LocalServerPort
	private int port;

	private Browser browser;

	@BeforeEach
	void openBrowser() {
		this.browser = new Browser(this.port);
	}

	@Test
	void signInSuccessAndFailureAreRecordedWithTheClientAddress() throws Exception {
		User editor = this.users.editor();

		this.browser.signIn(editor.getEmail(), "wrong password");
		this.browser.signIn(editor.getEmail(), TestUsers.PASSWORD);

		assertThat(this.jdbc.queryForList("select action || ' ' || client_address from audit_entry"
				+ " where actor_email = ? order by id", String.class, editor.getEmail()))
			.containsExactly("SIGN_IN_FAILED 127.0.0.1", "SIGN_IN 127.0.0.1");
	}

	@Test
	void adminFiltersTheLogAndEditorsMayNotReadIt() throws Exception {
		User editor = this.users.editor();
		User admin = this.users.admin();
		this.browser.signIn(editor.getEmail(), "wrong password");

		this.mvc.perform(get("/admin/audit").param("actor", editor.getEmail()).param("action", "SIGN_IN_FAILED")
			.with(user(admin.getEmail()).roles("ADMIN")))
			.andExpect(status().isOk())
			.andExpect(page((html) -> {
				assertThat(html.select("tbody tr")).hasSize(1);
				assertThat(html.select("tbody td").eachText()).contains(editor.getEmail(), "SIGN_IN_FAILED");
			}));
		this.mvc.perform(get("/admin/audit").with(user(editor.getEmail()).roles("EDITOR")))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/audit").param("from", "not-a-date").with(user(admin.getEmail()).roles("ADMIN")))
			.andExpect(status().isBadRequest());
	}

}
