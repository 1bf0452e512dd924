package org.treatyportal.countries;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import org.treatyportal.support.MutableClock;
import org.treatyportal.support.PortalIntegrationTest;
import org.treatyportal.users.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.treatyportal.support.Html.page;
import static org.treatyportal.users.TestUsers.as;

/**
 * Admins editing country profiles and restricted contacts: sanitised text, revisions,
 * conflicts, the audit log, and the refusal of a review date in the future.
 */
@PortalIntegrationTest
class CountryAdminTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestUsers users;

	@Autowired
	private MutableClock clock;

	@Autowired
	private CountryRepository countries;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void adminWritesAProfileThatIsSanitisedPublishedAtOnceAndRecorded() throws Exception {
		this.clock.setInstant(Instant.parse("2012-12-01T10:00:00Z"));
		RequestPostProcessor admin = as(this.users.admin());
		Country tuvalu = this.countries.findByCode("TV").orElseThrow();

		this.mvc
			.perform(save(admin, "tv", tuvalu.getVersion()).param("name", "Tuvalu")
				.param("legislation", "<p onclick=\"x()\">Penal Code<script>alert(1)</script></p>")
				.param("lastReviewed", "2012-11-30")
				.param("pointOfContact", "Demo unit, +000 1")
				.param("note", "First profile"))
			.andExpect(redirectedUrl("/admin/countries/tv"));

		Country saved = this.countries.findByCode("TV").orElseThrow();
		assertThat(saved.getLegislation()).isEqualTo("<p>Penal Code</p>");
		assertThat(saved.getPointOfContact()).isEqualTo("Demo unit, +000 1");
		this.mvc.perform(get("/countries/tv")).andExpect(page((html) -> {
			assertThat(html.select("#profile-legislation + .prose").html()).isEqualTo("<p>Penal Code</p>");
			assertThat(html.select(".review-date").text()).isEqualTo("Last reviewed on 30 November 2012.");
		}));
		assertThat(this.jdbc.queryForList("select action from audit_entry where item_type = 'country' and item_id = ?",
				String.class, saved.getId()))
			.containsExactly("SAVE");
		this.mvc.perform(get("/admin/countries/tv/revisions").with(admin))
			.andExpect(page((html) -> assertThat(html.text()).contains("First profile")));
	}

	@Test
	void reviewDateInTheFutureAndAMissingNameAreRefusedKeepingTheText() throws Exception {
		this.clock.setInstant(Instant.parse("2012-12-01T10:00:00Z"));
		RequestPostProcessor admin = as(this.users.admin());
		Country nauru = this.countries.findByCode("NR").orElseThrow();

		this.mvc
			.perform(save(admin, "nr", nauru.getVersion()).param("name", "Nauru")
				.param("lastReviewed", "2012-12-02")
				.param("policies", "My careful text"))
			.andExpect(status().isOk())
			.andExpect(page((html) -> {
				assertThat(html.select("#lastReviewed-error").text()).contains("in the future");
				assertThat(html.select("textarea[name=policies]").text()).isEqualTo("My careful text");
			}));
		this.mvc.perform(save(admin, "nr", nauru.getVersion()).param("name", " "))
			.andExpect(status().isOk())
			.andExpect(page((html) -> assertThat(html.select("#name-error").text()).isEqualTo("Please fill this in.")));
		assertThat(this.countries.findByCode("NR").orElseThrow().getVersion()).isEqualTo(nauru.getVersion());
	}

	@Test
	void staleSaveIsRefusedWithTheOtherAdminsChanges() throws Exception {
		RequestPostProcessor alice = as(this.users.admin());
		RequestPostProcessor bob = as(this.users.admin());
		long opened = this.countries.findByCode("KI").orElseThrow().getVersion();

		this.mvc.perform(save(bob, "ki", opened).param("name", "Kiribati").param("caseLaw", "Bob's case law"))
			.andExpect(status().isFound());
		this.mvc.perform(save(alice, "ki", opened).param("name", "Kiribati").param("caseLaw", "Alice's case law"))
			.andExpect(status().isOk())
			.andExpect(page((html) -> {
				assertThat(html.select(".conflict ins").text()).contains("Bob");
				assertThat(html.select("textarea[name=caseLaw]").text()).isEqualTo("Alice's case law");
			}));
		assertThat(this.countries.findByCode("KI").orElseThrow().getCaseLaw()).contains("Bob's case law");
	}

	@Test
	void listFindsCountriesByNameCodeAndRegionAndUnknownCodesAreNotFound() throws Exception {
		RequestPostProcessor admin = as(this.users.admin());
		this.mvc.perform(get("/admin/countries").param("q", "azer").with(admin))
			.andExpect(page((html) -> assertThat(html.select("tbody th").eachText()).containsExactly("Azerbaijan")));
		this.mvc.perform(get("/admin/countries").param("region", "OCEANIA").with(admin))
			.andExpect(page((html) -> assertThat(html.select("tbody th").eachText()).contains("Tuvalu")
				.doesNotContain("France")));
		for (String path : List.of("/admin/countries/zz", "/admin/countries/xyz")) {
			this.mvc.perform(get(path).with(admin)).andExpect(status().isNotFound());
		}
	}

	private MockHttpServletRequestBuilder save(RequestPostProcessor who, String code, long version) {
		return post("/admin/countries/" + code).with(who)
			.with(csrf())
			.param("version", String.valueOf(version))
			.param("region", "OCEANIA");
	}

}
