package org.treatyportal.search;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import org.treatyportal.support.MutableClock;
import org.treatyportal.support.PortalIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A search looks among the newest rows first ({@code portal.search.window}) and gives the
 * same pages as a search among all rows: the same ranked matches in the same order, the
 * same text-only matches after them, every match on exactly one page.
 */
@PortalIntegrationTest
class SearchWindowTests {

	private static final Instant NOW = Instant.parse("2037-02-01T12:00:00Z");

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private MutableClock clock;

	@Autowired
	private SearchServices services;

	@AfterEach
	void cleanUp() {
		this.jdbc.update("delete from article where slug like 'quokkaville-%'");
	}

	@Test
	void theNewestRowsFirstGiveTheSamePagesAsAllRows() {
		// 1,500 matches a minute apart, one in three found in its text only.
		this.jdbc.update("insert into article (kind, slug, title, summary, body, state, publish_at,"
				+ " first_published_at, created_at, updated_at) select 'NEWS', 'quokkaville-' || n,"
				+ " case when n % 3 = 0 then 'Item ' || n else 'Quokkaville item ' || n end, '',"
				+ " case when n % 3 = 0 then '<p>Seen in quokkaville.</p>' else '' end, 'PUBLISHED',"
				+ " ?::timestamptz - n * interval '1 minute', ?::timestamptz - n * interval '1 minute', now(), now()"
				+ " from generate_series(1, 1500) n", NOW.toString(), NOW.toString());
		this.jdbc.execute("analyze search_item");
		this.clock.setInstant(NOW);
		RecordingJdbc windowedJdbc = new RecordingJdbc(this.jdbc);
		SearchService windowed = service(windowedJdbc, "400");
		SearchService whole = service(new NamedParameterJdbcTemplate(this.jdbc), "0");
		SearchQuery query = new SearchQuery("quokkaville", null, null, null, null);

		List<String> seen = new ArrayList<>();
		for (int page = 0; page < SearchService.MAX_RESULTS / SearchService.PAGE_SIZE; page++) {
			windowedJdbc.statements().clear();
			List<String> found = urls(windowed.search(query, "en", page));
			assertThat(found).as("page %d", page + 1).containsExactlyElementsOf(urls(whole.search(query, "en", page)));
			if (page == 0) {
				// The ranked matches were all among the newest rows: no search among all.
				assertThat(windowedJdbc.statements()).filteredOn((sql) -> sql.contains("true as headed"))
					.singleElement()
					.asString()
					.contains(":windowStart");
			}
			if (page == 10) {
				// Past the ranked: the text-only matches too.
				assertThat(windowedJdbc.statements()).filteredOn((sql) -> sql.contains("false as headed"))
					.singleElement()
					.asString()
					.contains(":windowStart");
			}
			seen.addAll(found);
		}
		assertThat(seen).hasSize(SearchService.MAX_RESULTS).doesNotHaveDuplicates();
	}

	private SearchService service(NamedParameterJdbcTemplate jdbc, String window) {
		return this.services.with(jdbc, Map.of("portal.search.window", window, "portal.search.cached-results", "0"));
	}

	private static List<String> urls(SearchResults results) {
		return results.hits().getContent().stream().map(SearchHit::url).toList();
	}

}
