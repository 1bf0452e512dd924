package org.treatyportal.search;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import org.treatyportal.news.TestArticles;
import org.treatyportal.support.MutableClock;
import org.treatyportal.support.PortalIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A search reads another language's originals only while that language has some: from the
 * change that gives it its first original, the next search finds it, and until then no
 * statement reads it.
 */
@PortalIntegrationTest
class SearchOriginalsTests {

	private static final Instant NOW = Instant.parse("2037-06-01T12:00:00Z");

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private MutableClock clock;

	@Autowired
	private TestArticles articles;

	@Autowired
	private SearchServices services;

	@AfterEach
	void cleanUp() {
		this.jdbc.update("delete from article where title like 'Numbatville%'");
	}

	@Test
	void aLanguageIsReadFromItsFirstOriginalOn() {
		this.articles.news("Numbatville workshop").publishedAt(NOW.minusSeconds(120)).save();
		this.clock.setInstant(NOW);
		RecordingJdbc recording = new RecordingJdbc(this.jdbc);
		// German: a language of the site that no item was written in.
		SearchService search = this.services.with(recording,
				Map.of("portal.languages", "en,fr,de", "portal.search.cached-results", "0"));
		SearchQuery query = new SearchQuery("numbatville", null, null, null, null);

		assertThat(titles(search.search(query, "en", 0))).containsExactly("Numbatville workshop");
		assertThat(recording.statements()).filteredOn((sql) -> sql.contains("true as headed"))
			.isNotEmpty()
			.noneMatch((sql) -> sql.contains("s.language = 'de'"));

		long german = this.articles.news("Numbatville Werkstatt").publishedAt(NOW.minusSeconds(60)).save().getId();
		this.jdbc.update("update article set language = 'de' where id = ?", german);
		recording.statements().clear();

		assertThat(titles(search.search(query, "en", 0))).containsExactly("Numbatville Werkstatt",
				"Numbatville workshop");
		assertThat(recording.statements()).filteredOn((sql) -> sql.contains("true as headed"))
			.allMatch((sql) -> sql.contains("s.language = 'de'"));
		assertThat(titles(search.search(query, "de", 0))).containsExactly("Numbatville Werkstatt",
				"Numbatville workshop");
	}

	private static List<String> titles(SearchResults results) {
		return results.hits().getContent().stream().map(SearchHit::title).toList();
	}

}
