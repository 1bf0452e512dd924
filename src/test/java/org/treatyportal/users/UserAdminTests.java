package org.treatyportal.users;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.annotation.Transactional;

import org.treatyportal.support.PortalIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.treatyportal.support.Html.page;
import static org.treatyportal.users.TestUsers.as;

/**
 * What admins do to accounts in {@code /admin/users}, and what they are refused.
 */
@PortalIntegrationTest
class UserAdminTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestUsers users;

	@Autowired
	private UserRepository repository;

	@Test
	void adminCreatesAnEditorAndGetsAOneTimeLinkToHandOver() throws Exception {
		User admin = this.users.admin();

		MvcResult created = this.mvc
			.perform(post("/admin/users").with(as(admin))
				.with(csrf())
				.param("email", " New.Editor@Example.org ")
				.param("displayName", "New Editor")
				.param("role", "EDITOR"))
			.andExpect(redirectedUrlPattern("/admin/users/*"))
			.andExpect(flash().attribute("success", "users.created"))
			.andReturn();

		User editor = this.repository.findByEmail("new.editor@example.org").orElseThrow();
		assertThat(editor.getEmail()).isEqualTo("New.Editor@Example.org");
		assertThat(editor.getRole()).isEqualTo(Role.EDITOR);
		assertThat(editor.isEnabled()).isTrue();
		String link = (String) created.getFlashMap().get("passwordLink");
		assertThat(link).matches("http://localhost:8080/password-reset/[A-Za-z0-9_-]{43}");
		assertThat(this.users.auditActions(editor)).containsExactly("USER_CREATED", "PASSWORD_LINK_CREATED");
		this.mvc
			.perform(get(created.getResponse().getRedirectedUrl()).with(as(admin)).flashAttrs(created.getFlashMap()))
			.andExpect(status().isOk())
			.andExpect(page((html) -> {
				assertThat(html.select("h1").text()).isEqualTo("New Editor");
				assertThat(html.select(".password-link__url").text()).isEqualTo(link);
			}));
	}

	@Test
	void duplicateEmailIsRefusedWhateverItsCaseAndTheFormKeepsWhatWasTyped() throws Exception {
		User admin = this.users.admin();
		User editor = this.users.editor();

		this.mvc
			.perform(post("/admin/users").with(as(admin))
				.with(csrf())
				.param("email", editor.getEmail().toUpperCase())
				.param("displayName", "Someone Else")
				.param("role", "ADMIN"))
			.andExpect(status().isOk())
			.andExpect(page((html) -> {
				assertThat(html.select("#email-error").text())
					.contains("Another account already has this e-mail address");
				assertThat(html.select("#email").val()).isEqualTo(editor.getEmail().toUpperCase());
				assertThat(html.select("#displayName").val()).isEqualTo("Someone Else");
				assertThat(html.select("input[name=role][checked]").val()).isEqualTo("ADMIN");
			}));
	}

	@Test
	void badInputGivesTheFormBackWithReasonsNotAnError() throws Exception {
		User admin = this.users.admin();

		this.mvc
			.perform(post("/admin/users").with(as(admin))
				.with(csrf())
				.param("email", "not an address")
				.param("displayName", "")
				.param("role", "EDITOR"))
			.andExpect(status().isOk())
			.andExpect(page((html) -> {
				assertThat(html.select("#email-error").text()).isEqualTo("This is not an e-mail address.");
				assertThat(html.select("#displayName-error").text()).isEqualTo("Type a name.");
				assertThat(html.select("#email").val()).isEqualTo("not an address");
			}));
		this.mvc.perform(post("/admin/users").with(as(admin)).with(csrf()).param("role", "OWNER"))
			.andExpect(status().isOk());
		this.mvc.perform(
				post("/admin/users/1/role").with(as(admin)).with(csrf()).param("role", "OWNER").param("version", "0"))
			.andExpect(status().isBadRequest());
		this.mvc.perform(get("/admin/users/abc").with(as(admin))).andExpect(status().isBadRequest());
		this.mvc.perform(get("/admin/users/999999999").with(as(admin))).andExpect(status().isNotFound());
		this.mvc.perform(get("/admin/users").param("page", "0").with(as(admin))).andExpect(status().isBadRequest());
		this.mvc.perform(get("/admin/users").param("state", "SLEEPING").with(as(admin)))
			.andExpect(status().isBadRequest());
	}

	@Test
	void listSearchesByNameOrEmailAndFiltersByRoleAndState() throws Exception {
		User admin = this.users.admin();
		User editor = this.users.editor();
		User disabled = this.users.editor();
		this.mvc.perform(post("/admin/users/{id}/disable", disabled.getId()).param("confirmed", "true")
			.with(as(admin))
			.with(csrf())
			.param("version", String.valueOf(disabled.getVersion())));

		this.mvc.perform(get("/admin/users").param("q", editor.getEmail().substring(0, 15)).with(as(admin)))
			.andExpect(page((html) -> assertThat(html.select("tbody td").eachText()).contains(editor.getEmail())
				.doesNotContain(admin.getEmail())));
		this.mvc.perform(get("/admin/users").param("role", "ADMIN").with(as(admin)))
			.andExpect(
					page((html) -> assertThat(html.select("tbody td").eachText()).doesNotContain(editor.getEmail())));
		this.mvc.perform(get("/admin/users").param("state", "DISABLED").param("role", "EDITOR").with(as(admin)))
			.andExpect(page((html) -> assertThat(html.select("tbody td").eachText()).contains(disabled.getEmail())
				.doesNotContain(editor.getEmail())));
		this.mvc.perform(get("/admin/users").param("q", "%_\\").with(as(admin))).andExpect(status().isOk());
	}

	@Test
	void roleChangeIsAuditedAndAStaleFormDoesNotOverwrite() throws Exception {
		User admin = this.users.admin();
		User editor = this.users.editor();

		this.mvc
			.perform(post("/admin/users/{id}/role", editor.getId()).param("confirmed", "true")
				.with(as(admin))
				.with(csrf())
				.param("role", "ADMIN")
				.param("version", String.valueOf(editor.getVersion())))
			.andExpect(redirectedUrl("/admin/users/" + editor.getId()))
			.andExpect(flash().attribute("success", "users.roleChanged"));
		this.mvc
			.perform(post("/admin/users/{id}/role", editor.getId()).param("confirmed", "true")
				.with(as(admin))
				.with(csrf())
				.param("role", "EDITOR")
				.param("version", String.valueOf(editor.getVersion())))
			.andExpect(flash().attribute("failure", "users.stale"));

		assertThat(this.users.reload(editor).getRole()).isEqualTo(Role.ADMIN);
		assertThat(this.users.auditActions(editor)).containsExactly("USER_ROLE_CHANGED");
	}

	@Test
	void disableAndEnableAreAudited() throws Exception {
		User admin = this.users.admin();
		User editor = this.users.editor();

		this.mvc
			.perform(post("/admin/users/{id}/disable", editor.getId()).param("confirmed", "true")
				.with(as(admin))
				.with(csrf())
				.param("version", String.valueOf(editor.getVersion())))
			.andExpect(flash().attribute("success", "users.disabled"));
		User disabled = this.users.reload(editor);
		assertThat(disabled.isEnabled()).isFalse();
		this.mvc
			.perform(post("/admin/users/{id}/enable", editor.getId()).with(as(admin))
				.with(csrf())
				.param("version", String.valueOf(disabled.getVersion())))
			.andExpect(flash().attribute("success", "users.enabled"));

		assertThat(this.users.reload(editor).isEnabled()).isTrue();
		assertThat(this.users.auditActions(editor)).containsExactly("USER_DISABLED", "USER_ENABLED");
	}

	@Test
	@Transactional
	void theLastEnabledAdminCanBeNeitherDisabledNorDemoted() throws Exception {
		User admin = this.users.admin();
		List<User> others = this.repository.findAll()
			.stream()
			.filter((user) -> user.getRole() == Role.ADMIN && !user.getId().equals(admin.getId()))
			.toList();
		others.forEach(User::disable);
		this.repository.flush();

		this.mvc
			.perform(post("/admin/users/{id}/disable", admin.getId()).param("confirmed", "true")
				.with(as(admin))
				.with(csrf())
				.param("version", String.valueOf(admin.getVersion())))
			.andExpect(flash().attribute("failure", "users.lastAdmin"));
		this.mvc
			.perform(post("/admin/users/{id}/role", admin.getId()).param("confirmed", "true")
				.with(as(admin))
				.with(csrf())
				.param("role", "EDITOR")
				.param("version", String.valueOf(admin.getVersion())))
			.andExpect(flash().attribute("failure", "users.lastAdmin"));

		User after = this.users.reload(admin);
		assertThat(after.isEnabled()).isTrue();
		assertThat(after.getRole()).isEqualTo(Role.ADMIN);
	}

	@Test
	void anAdminCanBeDemotedWhileAnotherIsLeft() throws Exception {
		User admin = this.users.admin();
		User other = this.users.admin();

		this.mvc
			.perform(post("/admin/users/{id}/role", other.getId()).param("confirmed", "true")
				.with(as(admin))
				.with(csrf())
				.param("role", "EDITOR")
				.param("version", String.valueOf(other.getVersion())))
			.andExpect(flash().attribute("success", "users.roleChanged"));

		assertThat(this.users.reload(other).getRole()).isEqualTo(Role.EDITOR);
	}

	@Test
	void editorsMayNotManageAccountsWhateverTheId() throws Exception {
		User editor = this.users.editor();
		User admin = this.users.admin();

		this.mvc.perform(get("/admin/users").with(as(editor))).andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/users/{id}", admin.getId()).with(as(editor))).andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/users/{id}", editor.getId()).with(as(editor))).andExpect(status().isForbidden());
		this.mvc
			.perform(post("/admin/users/{id}/role", editor.getId()).param("confirmed", "true")
				.with(as(editor))
				.with(csrf())
				.param("role", "ADMIN")
				.param("version", String.valueOf(editor.getVersion())))
			.andExpect(status().isForbidden());

		assertThat(this.users.reload(editor).getRole()).isEqualTo(Role.EDITOR);
	}

}
