package org.treatyportal.users;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import org.treatyportal.support.PortalIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.treatyportal.support.Html.page;
import static org.treatyportal.users.TestUsers.as;

/**
 * The admin area speaks the language each user chose in {@code /admin/account}, whatever
 * the browser asks for; the public site keeps the language of its addresses.
 */
@PortalIntegrationTest
class AdminLanguageTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestUsers users;

	@Test
	void theAdminAreaFollowsTheLanguageChosenOnTheAccount() throws Exception {
		User editor = this.users.editor();
		this.mvc.perform(get("/admin").with(as(editor)).header("Accept-Language", "fr")).andExpect(page((html) -> {
			assertThat(html.select("html").attr("lang")).isEqualTo("en");
			assertThat(html.select("h1").text()).isEqualTo("Dashboard");
		}));

		this.mvc.perform(post("/admin/account/language").param("language", "fr").with(as(editor)).with(csrf()))
			.andExpect(redirectedUrl("/admin/account"));

		this.mvc.perform(get("/admin").with(as(editor))).andExpect(page((html) -> {
			assertThat(html.select("html").attr("lang")).isEqualTo("fr");
			assertThat(html.select("h1").text()).isEqualTo("Tableau de bord");
		}));
		this.mvc.perform(get("/admin/account").with(as(editor))).andExpect(page((html) -> {
			assertThat(html.select("#language option[selected]").attr("value")).isEqualTo("fr");
			assertThat(html.text()).contains("Langue de l’espace d’administration");
		}));
		this.mvc.perform(get("/news").with(as(editor)))
			.andExpect(page((html) -> assertThat(html.select("html").attr("lang")).isEqualTo("en")));
		assertThat(this.users.auditActions(editor)).contains("USER_LANGUAGE_CHANGED");

		this.mvc.perform(post("/admin/account/language").param("language", "en").with(as(editor)).with(csrf()));
		this.mvc.perform(get("/admin").with(as(editor)))
			.andExpect(page((html) -> assertThat(html.select("html").attr("lang")).isEqualTo("en")));
	}

	@Test
	void aLanguageTheSiteDoesNotHaveIsRefused() throws Exception {
		User editor = this.users.editor();
		this.mvc.perform(post("/admin/account/language").param("language", "de").with(as(editor)).with(csrf()))
			.andExpect(status().isBadRequest());
		assertThat(this.users.reload(editor).getInterfaceLanguage()).isNull();
	}

}
