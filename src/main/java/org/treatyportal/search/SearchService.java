package org.treatyportal.search;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;
import org.treatyportal.config.PortalProperties;

/**
 * Full-text search over everything published, in PostgreSQL: weighted vectors (title
 * above summary above text), web search syntax, ranking, snippets with the matches
 * marked, filters, and "did you mean" from trigram similarity of titles.
 */
@Service
@Transactional(readOnly = true)
public class SearchService {

	/** Results per page. */
	public static final int PAGE_SIZE = 20;

	private static final char MARK_START = '\uE000';

	private static final char MARK_END = '\uE001';

	private static final String HEADLINE_OPTIONS = "StartSel=" + MARK_START + ", StopSel=" + MARK_END
			+ ", MaxWords=40, MinWords=18, ShortWord=3, MaxFragments=2, FragmentDelimiter=\" … \"";

	private final NamedParameterJdbcTemplate jdbc;

	private final Map<String, SearchSource> sources = new LinkedHashMap<>();

	private final Clock clock;

	private final ZoneId zone;

	SearchService(NamedParameterJdbcTemplate jdbc, List<SearchSource> sources, Clock clock,
			PortalProperties properties) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.zone = properties.timeZone();
		for (SearchSource source : sources) {
			this.sources.put(source.type(), source);
		}
	}

	/** The searchable types, for the filter. */
	public List<SearchSource> sources() {
		return List.copyOf(this.sources.values());
	}

	/**
	 * Searches everything visible now.
	 * @param page zero-based page number
	 */
	public SearchResults search(SearchQuery query, int page) {
		Pageable pageable = PageRequest.of(page, PAGE_SIZE);
		MapSqlParameterSource parameters = parameters(query);
		if (!hasWords(parameters)) {
			return new SearchResults(Page.empty(pageable), true, null);
		}
		List<SearchSource> searched = searched(query);
		if (searched.isEmpty() || pageable.getOffset() > Integer.MAX_VALUE) {
			return new SearchResults(Page.empty(pageable), false, null);
		}
		parameters.addValue("limit", PAGE_SIZE).addValue("offset", pageable.getOffset());
		String sql = "with q as (select websearch_to_tsquery('portal', :q) as query), hits as ("
				+ searched.stream().map(this::hitsOf).collect(Collectors.joining(" union all ")) + ")"
				+ " select page.*, ts_headline('portal', page.body, q.query, :headline) as snippet from ("
				+ " select type, id, title, url, date, body, count(*) over () as total,"
				+ " ts_rank_cd(vector, q.query, 32) as rank from hits, q where true" + filters(query)
				+ " order by rank desc, date desc nulls last, id desc limit :limit offset :offset) page, q"
				+ " order by page.rank desc, page.date desc nulls last, page.id desc";
		long[] total = { 0 };
		List<SearchHit> hits = this.jdbc.query(sql, parameters, (row, number) -> {
			total[0] = row.getLong("total");
			return hit(row);
		});
		if (hits.isEmpty() && page == 0) {
			return new SearchResults(Page.empty(pageable), false, suggestion(query, searched, parameters));
		}
		return new SearchResults(new PageImpl<>(hits, pageable, hits.isEmpty() ? 0 : total[0]), false, null);
	}

	private MapSqlParameterSource parameters(SearchQuery query) {
		return new MapSqlParameterSource().addValue("q", query.q())
			.addValue("now", Timestamp.from(this.clock.instant()))
			.addValue("zone", this.zone.getId())
			.addValue("headline", HEADLINE_OPTIONS)
			.addValue("year", query.year())
			.addValue("country", query.country())
			.addValue("treaty", query.treaty());
	}

	private boolean hasWords(MapSqlParameterSource parameters) {
		Integer nodes = this.jdbc.queryForObject("select numnode(websearch_to_tsquery('portal', :q))", parameters,
				Integer.class);
		return nodes != null && nodes > 0;
	}

	private List<SearchSource> searched(SearchQuery query) {
		if (query.type() == null) {
			return List.copyOf(this.sources.values());
		}
		SearchSource source = this.sources.get(query.type());
		return (source != null) ? List.of(source) : List.of();
	}

	private String hitsOf(SearchSource source) {
		return "select '" + source.type() + "' as type, s.id, s.title, s.url, s.date,"
				+ " translate(s.body, '" + MARK_START + MARK_END + "', '') as body, s.vector, s.countries, s.treaty"
				+ " from (" + source.sql() + ") s, q where s.vector @@ q.query";
	}

	private static String filters(SearchQuery query) {
		StringBuilder filters = new StringBuilder();
		if (query.year() != null) {
			filters.append(" and extract(year from date) = :year");
		}
		if (query.country() != null) {
			filters.append(" and cast(:country as text) = any(countries)");
		}
		if (query.treaty() != null) {
			filters.append(" and treaty = :treaty");
		}
		return filters.toString();
	}

	private SearchHit hit(ResultSet row) throws SQLException {
		String type = row.getString("type");
		Date date = row.getDate("date");
		return new SearchHit(type, this.sources.get(type).nameKey(), row.getString("title"), row.getString("url"),
				(date != null) ? date.toLocalDate() : null, marked(row.getString("snippet")));
	}

	/** Escapes the snippet, then turns the private-use markers into the only markup. */
	static String marked(String snippet) {
		if (snippet == null) {
			return "";
		}
		return HtmlUtils.htmlEscape(snippet)
			.replace(String.valueOf(MARK_START), "<mark>")
			.replace(String.valueOf(MARK_END), "</mark>");
	}

	/**
	 * A query with each word that matches nothing replaced by the most similar word of a
	 * visible title, or {@code null} when no word could be improved.
	 */
	private String suggestion(SearchQuery query, List<SearchSource> searched, MapSqlParameterSource parameters) {
		String titles = searched.stream().map((source) -> "select title from (" + source.sql() + ") s")
			.collect(Collectors.joining(" union all "));
		String sql = "select word from (select distinct lower(regexp_split_to_table(unaccent(title), '[^[:alnum:]]+'))"
				+ " as word from (" + titles + ") t) w where length(word) > 2 and word % :word"
				+ " order by similarity(word, :word) desc, word limit 1";
		List<String> corrected = new ArrayList<>();
		boolean changed = false;
		for (String word : query.q().toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
			if (word.isEmpty()) {
				continue;
			}
			List<String> best = this.jdbc.queryForList(sql, new MapSqlParameterSource(parameters.getValues())
				.addValue("word", word), String.class);
			if (!best.isEmpty() && !best.get(0).equals(word)) {
				corrected.add(best.get(0));
				changed = true;
			}
			else {
				corrected.add(word);
			}
		}
		return changed ? String.join(" ", corrected) : null;
	}

}
