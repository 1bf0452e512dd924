package org.treatyportal.users;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

import org.treatyportal.support.PortalIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.treatyportal.security.SignInRequests.from;
import static org.treatyportal.security.SignInRequests.newAddress;
import static org.treatyportal.security.SignInRequests.signedIn;
import static org.treatyportal.support.Html.page;
import static org.treatyportal.users.TestUsers.as;

/**
 * A user keeps their own account in {@code /admin/account}: name and password.
 */
@PortalIntegrationTest
class AccountTests {

	private static final String NEW_PASSWORD = "seven rivers meet at dawn";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestUsers users;

	@Autowired
	private PasswordEncoder passwordEncoder;

	@Test
	void editorSeesTheirAccountPage() throws Exception {
		User editor = this.users.editor();

		this.mvc.perform(get("/admin/account").with(as(editor))).andExpect(status().isOk()).andExpect(page((html) -> {
			assertThat(html.select("h1").text()).isEqualTo("Your account");
			assertThat(html.select("#displayName").val()).isEqualTo(editor.getDisplayName());
			assertThat(html.select("a[aria-current=page]").text()).isEqualTo(editor.getEmail());
		}));
	}

	@Test
	void userRenamesThemselvesAndAStaleFormIsRefusedWithTheTypedName() throws Exception {
		User editor = this.users.editor();

		this.mvc
			.perform(post("/admin/account/name").with(as(editor))
				.with(csrf())
				.param("displayName", "Renamed Editor")
				.param("version", String.valueOf(editor.getVersion())))
			.andExpect(redirectedUrl("/admin/account"))
			.andExpect(flash().attribute("success", "account.renamed"));
		this.mvc
			.perform(post("/admin/account/name").with(as(editor))
				.with(csrf())
				.param("displayName", "Second Name")
				.param("version", String.valueOf(editor.getVersion())))
			.andExpect(status().isOk())
			.andExpect(page((html) -> {
				assertThat(html.select(".alert--error").text()).contains("Someone changed this account meanwhile");
				assertThat(html.select("#displayName").val()).isEqualTo("Second Name");
			}));

		assertThat(this.users.reload(editor).getDisplayName()).isEqualTo("Renamed Editor");
		assertThat(this.users.auditActions(editor)).containsExactly("USER_RENAMED");
	}

	@Test
	void passwordChangeNeedsTheCurrentPassword() throws Exception {
		User editor = this.users.editor();

		this.mvc
			.perform(post("/admin/account/password").with(as(editor))
				.with(from(newAddress()))
				.with(csrf())
				.param("currentPassword", "not it at all")
				.param("newPassword", NEW_PASSWORD)
				.param("repeatPassword", NEW_PASSWORD))
			.andExpect(status().isOk())
			.andExpect(page((html) -> assertThat(html.select("#currentPassword-error").text())
				.isEqualTo("This is not your current password.")));

		assertThat(this.passwordEncoder.matches(TestUsers.PASSWORD, this.users.reload(editor).getPasswordHash()))
			.isTrue();
	}

	@Test
	void wrongCurrentPasswordsCountAsFailedSignInsAndAreThrottledAlike() throws Exception {
		User editor = this.users.editor();
		String address = newAddress();
		MockHttpSession session = signedIn(this.mvc, editor.getEmail(), TestUsers.PASSWORD, address);
		for (int i = 0; i < 5; i++) {
			this.mvc
				.perform(post("/admin/account/password").session(session)
					.with(from(address))
					.with(csrf())
					.param("currentPassword", "a wrong guess " + i)
					.param("newPassword", NEW_PASSWORD)
					.param("repeatPassword", NEW_PASSWORD))
				.andExpect(page((html) -> assertThat(html.select("#currentPassword-error").text())
					.isEqualTo("This is not your current password.")));
		}

		this.mvc
			.perform(post("/admin/account/password").session(session)
				.with(from(address))
				.with(csrf())
				.param("currentPassword", TestUsers.PASSWORD)
				.param("newPassword", NEW_PASSWORD)
				.param("repeatPassword", NEW_PASSWORD))
			.andExpect(status().isOk())
			.andExpect(page((html) -> assertThat(html.select("#currentPassword-error").text())
				.startsWith("Too many wrong passwords")));
		assertThat(this.passwordEncoder.matches(TestUsers.PASSWORD, this.users.reload(editor).getPasswordHash()))
			.isTrue();
		assertThat(this.users.auditActions(editor)).isEmpty();
	}

	@Test
	void formSaysWhyANewPasswordIsRefused() throws Exception {
		User editor = this.users.editor();

		assertRefused(editor, "short one", "Use at least 12 characters.");
		assertRefused(editor, "qwerty123456",
				"This is one of the most common passwords, which are tried first: choose another.");
		assertRefused(editor, editor.getEmail(), "Do not use your e-mail address as your password.");
		this.mvc
			.perform(post("/admin/account/password").with(as(editor))
				.with(csrf())
				.param("currentPassword", TestUsers.PASSWORD)
				.param("newPassword", NEW_PASSWORD)
				.param("repeatPassword", NEW_PASSWORD + "!"))
			.andExpect(page((html) -> assertThat(html.select("#repeatPassword-error").text())
				.isEqualTo("The two passwords differ.")));
	}

	@Test
	void newPasswordWorksIsAuditedAndKeepsThisSession() throws Exception {
		User editor = this.users.editor();
		MockHttpSession session = signedIn(this.mvc, editor.getEmail(), TestUsers.PASSWORD, newAddress());

		this.mvc
			.perform(post("/admin/account/password").session(session)
				.with(csrf())
				.param("currentPassword", TestUsers.PASSWORD)
				.param("newPassword", NEW_PASSWORD)
				.param("repeatPassword", NEW_PASSWORD))
			.andExpect(redirectedUrl("/admin/account"))
			.andExpect(flash().attribute("success", "account.passwordChanged"));

		this.mvc.perform(get("/admin/account").session(session)).andExpect(status().isOk());
		assertThat(this.passwordEncoder.matches(NEW_PASSWORD, this.users.reload(editor).getPasswordHash())).isTrue();
		assertThat(this.users.auditActions(editor)).containsExactly("PASSWORD_CHANGED");
		signedIn(this.mvc, editor.getEmail(), NEW_PASSWORD, newAddress());
	}

	private void assertRefused(User user, String password, String reason) throws Exception {
		this.mvc
			.perform(post("/admin/account/password").with(as(user))
				.with(csrf())
				.param("currentPassword", TestUsers.PASSWORD)
				.param("newPassword", password)
				.param("repeatPassword", password))
			.andExpect(status().isOk())
			.andExpect(page((html) -> {
				assertThat(html.select("#newPassword-error").text()).as(password).isEqualTo(reason);
				assertThat(html.select("#newPassword").attr("aria-invalid")).isEqualTo("true");
				assertThat(html.select("#newPassword").val()).isEmpty();
			}));
	}

}
