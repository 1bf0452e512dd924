package org.treatyportal.search;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.treatyportal.news.Article;
import org.treatyportal.news.TestArticles;
import org.treatyportal.support.MutableClock;
import org.treatyportal.support.PortalIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.treatyportal.support.Html.page;

/**
 * Repeated searches come from the cache, and never once anything searchable changed.
 */
@PortalIntegrationTest
class SearchCacheTests {

	private static final Instant NOW = Instant.parse("2036-06-01T12:00:00Z");

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestArticles articles;

	@Autowired
	private MutableClock clock;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private NamedParameterJdbcTemplate namedJdbc;

	@Autowired
	private List<SearchFilter> filters;

	private final List<Long> saved = new ArrayList<>();

	@AfterEach
	void cleanUp() {
		this.saved.forEach((id) -> this.jdbc.update("delete from article where id = ?", id));
	}

	@Test
	void repeatedSearchIsAnsweredFromTheCacheUntilSomethingSearchableChanges() throws Exception {
		Article article = save(this.articles.news("Wallabyland joins the network").publishedAt(NOW.minusSeconds(60)));
		this.clock.setInstant(NOW);
		assertThat(titlesFound("wallabyland")).containsExactly("Wallabyland joins the network");

		// Behind the application's back and with triggers off: the cache cannot know.
		this.jdbc.execute((ConnectionCallback<Integer>) (connection) -> {
			try (var statement = connection.createStatement()) {
				statement.execute("set session_replication_role = replica");
				statement.execute("update article set title = 'Wallabyland renamed' where id = " + article.getId());
				statement.execute("update search_item set title = 'Wallabyland renamed' where type = 'news' and id = "
						+ article.getId());
				statement.execute("set session_replication_role = origin");
			}
			return 0;
		});
		assertThat(titlesFound("wallabyland")).containsExactly("Wallabyland joins the network");

		this.jdbc.update("update search_generation set value = value + 1");
		// The page cache keeps whole pages by their own generation.
		this.jdbc.update("update content_generation set value = value + 1");
		assertThat(titlesFound("wallabyland")).containsExactly("Wallabyland renamed");
	}

	@Test
	void aWithdrawnItemLeavesRepeatedSearchesAtOnce() throws Exception {
		Article article = save(this.articles.pressRelease("Bilbyland signs").publishedAt(NOW.minusSeconds(60)));
		this.clock.setInstant(NOW);
		assertThat(titlesFound("bilbyland")).containsExactly("Bilbyland signs");

		this.jdbc.update("update article set state = 'WITHDRAWN' where id = ?", article.getId());

		assertThat(titlesFound("bilbyland")).isEmpty();
	}

	@Test
	void aScheduledItemJoinsRepeatedSearchesAtItsInstant() throws Exception {
		save(this.articles.news("Dingoland ratifies").publishedAt(NOW.minusSeconds(60)));
		save(this.articles.news("Dingoland enters into force").publishedAt(NOW.plusSeconds(60)));
		this.clock.setInstant(NOW);
		assertThat(titlesFound("dingoland")).containsExactly("Dingoland ratifies");
		this.clock.setInstant(NOW.plusSeconds(59));
		assertThat(titlesFound("dingoland")).containsExactly("Dingoland ratifies");

		this.clock.setInstant(NOW.plusSeconds(60));

		assertThat(titlesFound("dingoland")).containsExactly("Dingoland enters into force", "Dingoland ratifies");
	}

	@Test
	void everyTableTheSearchReadsIsWatched() {
		// The tables named after "from" or "join" in the functions that make the rows.
		Set<String> read = new TreeSet<>(this.jdbc.queryForList("select distinct t.tablename from pg_proc p"
				+ " cross join regexp_matches(p.prosrc, '(?:from|join)\\s+([a-z_]+)', 'g') m"
				+ " join pg_tables t on t.tablename = m[1] and t.schemaname = current_schema()"
				+ " where p.proname like 'portal\\_search\\_refresh\\_%'", String.class));
		for (SearchFilter filter : this.filters) {
			read.addAll(tablesRead(filter.sql()));
		}
		read.remove("search_item");

		assertThat(read).contains("article", "article_translation", "document_file", "document_country", "country",
				"country_name", "treaty_translation", "country_profile_translation");
		assertThat(triggered("portal_search_changed", true)).as("tables without portal_watch_for_search")
			.containsAll(read);
		assertThat(triggered("portal_search_item_changed", false)).as("tables without portal_search_items_from")
			.containsAll(read);
	}

	private List<String> triggered(String function, boolean deferrable) {
		return this.jdbc.queryForList(
				"select c.relname from pg_trigger t join pg_class c on c.oid = t.tgrelid"
						+ " join pg_proc p on p.oid = t.tgfoid where p.proname = ? and t.tgdeferrable = ?",
				String.class, function, deferrable);
	}

	private Article save(TestArticles.Builder article) {
		Article saved = article.save();
		this.saved.add(saved.getId());
		return saved;
	}

	private List<String> titlesFound(String q) throws Exception {
		List<String> titles = new ArrayList<>();
		this.mvc.perform(get("/search").param("q", q))
			.andExpect(page((html) -> titles.addAll(html.select(".search-hit__title a").eachText())));
		return titles;
	}

	private Set<String> tablesRead(String sql) {
		String plan = this.namedJdbc.queryForObject("explain (format json) " + sql,
				new MapSqlParameterSource("now", Timestamp.from(NOW)).addValue("zone", "UTC")
					.addValue("language", "fr"),
				String.class);
		Set<String> tables = new TreeSet<>();
		JsonMapper.builder()
			.build()
			.readTree(plan)
			.findValues("Relation Name")
			.stream()
			.map(JsonNode::asString)
			.forEach(tables::add);
		return tables;
	}

}
