package org.treatyportal.api;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import org.treatyportal.news.TestArticles;
import org.treatyportal.support.MutableClock;
import org.treatyportal.support.PortalIntegrationTest;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The read-only JSON API: paging, the visibility rule, errors as JSON, and its OpenAPI
 * description.
 */
@PortalIntegrationTest
class ApiTests {

	private static final Instant NOW = Instant.parse("2036-06-01T12:00:00Z");

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestArticles articles;

	@Autowired
	private MutableClock clock;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void newsIsPagedNewestFirst() throws Exception {
		for (int i = 1; i <= 3; i++) {
			this.articles.news("Api paging " + i).publishedAt(Instant.parse("2036-01-0" + i + "T10:00:00Z")).save();
		}
		this.clock.setInstant(NOW);

		this.mvc.perform(get("/api/news").param("year", "2036").param("size", "2"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items.length()").value(2))
			.andExpect(jsonPath("$.items[0].title").value("Api paging 3"))
			.andExpect(jsonPath("$.totalItems").value(3))
			.andExpect(jsonPath("$.totalPages").value(2))
			.andExpect(jsonPath("$.page").value(1));
		this.mvc.perform(get("/api/news").param("year", "2036").param("size", "2").param("page", "2"))
			.andExpect(jsonPath("$.items[0].title").value("Api paging 1"));
	}

	@Test
	void scheduledPressReleaseIsAbsentUntilItsInstant() throws Exception {
		Instant embargo = NOW.plusSeconds(600);
		var scheduled = this.articles.pressRelease("Api embargo").publishedAt(embargo).save();

		this.clock.setInstant(embargo.minusSeconds(1));
		this.mvc.perform(get("/api/press-releases").param("year", "2036"))
			.andExpect(jsonPath("$.items[*].title", not(hasItem("Api embargo"))));
		this.mvc.perform(get("/api/press-releases/" + scheduled.getSlug()))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.status").value(404));

		this.clock.setInstant(embargo);
		this.mvc.perform(get("/api/press-releases/" + scheduled.getSlug()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.title").value("Api embargo"))
			.andExpect(jsonPath("$.kind").value("press-releases"));
	}

	@Test
	void badParametersAreJsonErrors() throws Exception {
		for (String query : new String[] { "page=0", "page=abc", "size=0", "size=101", "year=99" }) {
			this.mvc.perform(get("/api/news?" + query))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.status").value(400))
				.andExpect(jsonPath("$.error").isString());
		}
		this.mvc.perform(get("/api/treaties/87002/chart").param("asOf", "2008-13-45"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.error").isString());
		this.mvc.perform(get("/api/countries/xyz")).andExpect(status().isBadRequest());
		this.mvc.perform(get("/api/treaties/999999")).andExpect(status().isNotFound());
	}

	@Test
	void treatiesAndChartsAndCountries() throws Exception {
		this.jdbc.update("insert into treaty (series, number, title, short_title, opened_on, entry_into_force)"
				+ " values ('CETS', 87001, 'Api test convention', 'Api test', '2001-11-23', '2004-07-01')"
				+ " on conflict (number) do nothing");
		this.jdbc
			.update("insert into treaty_party (treaty_id, country_code, signature_date, consent_date, consent_kind)"
					+ " select id, 'FR', '2001-11-23', '2006-01-10', 'RATIFICATION' from treaty where number = 87001"
					+ " on conflict do nothing");
		this.jdbc.update("update treaty_party set source_note = 'Notes of an admin only' where country_code = 'FR'"
				+ " and treaty_id = (select id from treaty where number = 87001)");
		this.jdbc.update("insert into treaty_party (treaty_id, country_code, signature_date, source_note,"
				+ " source_published) select id, 'DE', '2001-11-23', 'Depositary notification', true from treaty"
				+ " where number = 87001 on conflict do nothing");

		this.mvc.perform(get("/api/treaties").param("size", "100"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].number", hasItem(87001)));
		this.mvc.perform(get("/api/treaties/87001/chart").param("asOf", "2005-01-01"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.treaty").value("CETS 87001"))
			.andExpect(jsonPath("$.asOf").value("2005-01-01"))
			.andExpect(jsonPath("$.states[?(@.code == 'FR')].status").value("SIGNED"));
		this.mvc.perform(get("/api/treaties/87001/chart"))
			.andExpect(jsonPath("$.states[?(@.code == 'FR')].status").value("RATIFIED"))
			.andExpect(jsonPath("$.states[?(@.code == 'FR')].entryIntoForce").value("2006-05-01"))
			.andExpect(jsonPath("$.states[?(@.code == 'DE')].source").value("Depositary notification"))
			.andExpect(content().string(not(containsString("Notes of an admin only"))));
		this.mvc.perform(get("/api/countries").param("size", "100"))
			.andExpect(jsonPath("$.totalItems").value(greaterThan(190)));
		this.mvc.perform(get("/api/countries/fr"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.country.code").value("FR"))
			.andExpect(jsonPath("$.treaties[*].number", hasItem(87001)))
			.andExpect(content().string(not(containsString("pointOfContact"))))
			.andExpect(content().string(not(containsString("centralAuthority"))));
	}

	@Test
	void openApiDescriptionListsThePaths() throws Exception {
		this.mvc.perform(get("/api/docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.openapi").isString())
			.andExpect(jsonPath("$.paths['/api/news']").exists())
			.andExpect(jsonPath("$.paths['/api/treaties/{number}/chart']").exists())
			.andExpect(jsonPath("$.paths.keys()", everyItem(containsString("/api/"))));
	}

}
