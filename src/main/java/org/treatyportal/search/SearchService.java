package org.treatyportal.search;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.text.Collator;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.util.HtmlUtils;

import org.treatyportal.config.PortalProperties;
import org.treatyportal.web.DatePrecision;

/**
 * Full-text search over everything published, in PostgreSQL: weighted vectors (title
 * above summary above text), web search syntax, ranking, snippets with the matches
 * marked, filters, and "did you mean" from trigram similarity of titles. A search ranks a
 * bounded set (ADR 19): the {@value #RANKED_RECENT} most recent matches in titles and
 * summaries by relevance, then the other matches newest first, counted up to
 * {@value #MAX_RESULTS}, so that a search never seen before costs about the same however
 * many items match. Result pages are kept in a {@link SearchResultsCache}, checked
 * against the {@code search_generation} that every change to searchable content increases
 * (migration V42) and against the next scheduled publication.
 */
@Service
public class SearchService {

	/** Results per page. */
	public static final int PAGE_SIZE = 20;

	/**
	 * The most results a search counts and shows; past it, the page says "more than".
	 */
	public static final int MAX_RESULTS = 1000;

	/**
	 * How many of the most recent title and summary matches are ranked by relevance,
	 * ahead of the other matches, which follow newest first.
	 */
	static final int RANKED_RECENT = 200;

	private static final char MARK_START = '\uE000';

	private static final char MARK_END = '\uE001';

	private static final String HEADLINE_OPTIONS = "StartSel=" + MARK_START + ", StopSel=" + MARK_END
			+ ", MaxWords=40, MinWords=18, ShortWord=3, MaxFragments=2, FragmentDelimiter=\" … \"";

	/** How similar (pg_trgm) a title word must be to a query word to be suggested. */
	private static final double SUGGESTION_SIMILARITY = 0.3;

	private final NamedParameterJdbcTemplate jdbc;

	private final Map<String, SearchSource> sources = new LinkedHashMap<>();

	private final List<SearchSource> sourceList;

	private final Clock clock;

	private final ZoneId zone;

	private final SearchResultsCache cache;

	private final TransactionTemplate readOnly;

	private final List<String> languages;

	private final List<SearchFilter> filters;

	private final Map<String, FilterChoices> choices = new ConcurrentHashMap<>();

	SearchService(NamedParameterJdbcTemplate jdbc, List<SearchSource> sources, List<SearchFilter> filters, Clock clock,
			PortalProperties properties, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
		this.clock = clock;
		this.zone = properties.timeZone();
		this.cache = new SearchResultsCache(properties.search().cachedResults());
		this.languages = properties.languages()
			.stream()
			.filter((language) -> language.matches("[a-z]{2,3}(-[a-zA-Z0-9]{1,8})*"))
			.toList();
		for (SearchSource source : sources) {
			this.sources.put(source.type(), source);
		}
		this.sourceList = List.copyOf(this.sources.values());
		this.filters = List.copyOf(filters);
	}

	/**
	 * The choices of each filter ({@link SearchFilter#parameter()}), labelled in the
	 * language where there is a label in it, kept until something searchable changes.
	 */
	public Map<String, List<SearchFilter.Choice>> filterChoices(String language) {
		String searched = this.languages.contains(language) ? language : this.languages.get(0);
		long generation = generation();
		FilterChoices kept = this.choices.get(searched);
		if (kept != null && kept.generation() == generation) {
			return kept.choices();
		}
		Collator collator = Collator.getInstance(Locale.forLanguageTag(searched));
		Map<String, List<SearchFilter.Choice>> found = new LinkedHashMap<>();
		for (SearchFilter filter : this.filters) {
			List<SearchFilter.Choice> choices = new ArrayList<>(
					this.jdbc.query(filter.sql(), new MapSqlParameterSource("language", searched),
							(row, number) -> new SearchFilter.Choice(row.getString("value"), row.getString("label"))));
			if (!filter.sorted()) {
				choices.sort(Comparator.comparing(SearchFilter.Choice::label, collator));
			}
			found.put(filter.parameter(), List.copyOf(choices));
		}
		Map<String, List<SearchFilter.Choice>> result = Collections.unmodifiableMap(found);
		this.choices.put(searched, new FilterChoices(generation, result));
		return result;
	}

	/** The searchable types, for the filter. */
	public List<SearchSource> sources() {
		return this.sourceList;
	}

	/**
	 * Searches everything visible now. A repeated search is answered from the cache as
	 * long as nothing searchable has changed and no scheduled item has come out since.
	 * @param language the language searched: each item's version in it where there is
	 * one, else its original
	 * @param page zero-based page number
	 */
	public SearchResults search(SearchQuery query, String language, int page) {
		Instant now = this.clock.instant();
		String searched = this.languages.contains(language) ? language : this.languages.get(0);
		if (this.cache.isOff()) {
			return find(query, searched, page, now);
		}
		SearchResultsCache.Key key = new SearchResultsCache.Key(query, searched, page);
		// Outside a transaction: a repeated search costs one round trip to the database.
		long generation = generation();
		SearchResults cached = this.cache.get(key, generation, now);
		if (cached != null) {
			return cached;
		}
		SearchResults results = find(query, searched, page, now);
		this.cache.put(key, results, generation, now, nextPublication(now));
		return results;
	}

	private SearchResults find(SearchQuery query, String language, int page, Instant now) {
		return this.readOnly.execute((status) -> findInTransaction(query, language, page, now));
	}

	private SearchResults findInTransaction(SearchQuery query, String language, int page, Instant now) {
		Pageable pageable = PageRequest.of(page, PAGE_SIZE);
		MapSqlParameterSource parameters = parameters(query, now).addValue("language", language);
		QueryShape shape = shape(parameters);
		if (shape.nodes() == 0) {
			return new SearchResults(Page.empty(pageable), true, null);
		}
		List<SearchSource> searched = searched(query);
		if (searched.isEmpty() || pageable.getOffset() >= MAX_RESULTS) {
			return new SearchResults(Page.empty(pageable), false, null);
		}
		parameters.addValue("limit", PAGE_SIZE)
			.addValue("offset", pageable.getOffset())
			.addValue("recent", RANKED_RECENT)
			.addValue("older", pageable.getOffset() + PAGE_SIZE)
			.addValue("counted", MAX_RESULTS + 1);
		// First the page's hits, with no text read but the small title-and-summary
		// vectors; then the titles, links and snippets of only those hits.
		String recentSql = searched.stream()
			.map((source) -> recentTitleMatches(source, query, shape))
			.collect(Collectors.joining(" union all "));
		String olderSql = searched.stream()
			.map((source) -> olderMatches(source, query))
			.collect(Collectors.joining(" union all "));
		String sql = "with recent as (select type, id, at, rank from (" + recentSql + ") r"
				+ " order by at desc nulls last, type, id desc limit :recent),"
				+ " older as (select type, id, at from (" + olderSql + ") o"
				+ " order by at desc nulls last, type, id desc limit :older)"
				+ " select type, id from (select 0 as part, type, id, at, rank from recent"
				+ " union all select 1, type, id, at, 0 from older) c"
				+ " order by part, rank desc, at desc nulls last, type, id desc limit :limit offset :offset";
		List<HitKey> ranked = this.jdbc.query(sql, parameters,
				(row, number) -> new HitKey(row.getString("type"), row.getLong("id")));
		if (ranked.isEmpty()) {
			String suggestion = (page == 0) ? suggestion(query, searched, parameters) : null;
			return new SearchResults(Page.empty(pageable), false, suggestion);
		}
		long total = count(searched, query, parameters);
		return new SearchResults(new PageImpl<>(hits(ranked, parameters), pageable, Math.min(total, MAX_RESULTS)),
				false, null, total > MAX_RESULTS);
	}

	/**
	 * The source's most recent matches in titles and summaries, with their rank there.
	 * The query is written out in each condition rather than taken from a CTE, so that
	 * the planner knows how many rows its words match.
	 */
	private String recentTitleMatches(SearchSource source, SearchQuery query, QueryShape shape) {
		// A word left out (-draft) may be missing from the title yet be in the text.
		String whole = shape.negated() ? " and " + matches("s.vector") : "";
		return "(select '" + source.type() + "' as type, s.id, " + at() + ", ts_rank(s.head, " + tsquery("s.language")
				+ ") as rank from (" + source.sql() + ") s where " + matches("s.head") + whole + filters(query)
				+ " order by s.at desc nulls last, s.id desc limit :recent)";
	}

	/** The source's other matches, the most recent first, as far as the page needs. */
	private String olderMatches(SearchSource source, SearchQuery query) {
		return "(select '" + source.type() + "' as type, s.id, " + at() + " from (" + source.sql() + ") s" + " where "
				+ matches("s.vector") + filters(query) + " and s.id not in (select r.id from recent r"
				+ " where r.type = '" + source.type() + "') order by s.at desc nulls last, s.id desc limit :older)";
	}

	/**
	 * Whether the vector matches the query read in the language of the row's text. One
	 * condition per language rather than one function of the row's language, so that each
	 * is a constant query the planner can take to the index.
	 */
	private String matches(String vector) {
		return this.languages.stream()
			.map((language) -> "s.language = '" + language + "' and " + vector + " @@ " + languageQuery(language))
			.collect(Collectors.joining(" or ", "(", ")"));
	}

	/** The query read in the language in the column {@code column}. */
	private String tsquery(String column) {
		return this.languages.stream()
			.map((language) -> " when '" + language + "' then " + languageQuery(language))
			.collect(Collectors.joining("", "(case " + column, " end)"));
	}

	private static String languageQuery(String language) {
		return "websearch_to_tsquery(portal_search_config('" + language + "'), :q)";
	}

	/** The sources' recency as one type, ordered as each source's own. */
	private static String at() {
		return "cast(s.at as timestamptz) as at";
	}

	/** How many items match, counted up to one more than are shown. */
	private long count(List<SearchSource> searched, SearchQuery query, MapSqlParameterSource parameters) {
		String matches = searched.stream()
			.map((source) -> "(select 1 from (" + source.sql() + ") s where " + matches("s.vector") + filters(query)
					+ " limit :counted)")
			.collect(Collectors.joining(" union all "));
		Long total = this.jdbc.queryForObject(
				"select count(*) from (select 1 from (" + matches + ") m limit :counted) c", parameters, Long.class);
		return (total != null) ? total : 0;
	}

	/** The hits' titles, links and snippets, in the order of {@code ranked}. */
	private List<SearchHit> hits(List<HitKey> ranked, MapSqlParameterSource parameters) {
		Map<String, List<Long>> idsByType = ranked.stream()
			.collect(Collectors.groupingBy(HitKey::type, LinkedHashMap::new,
					Collectors.mapping(HitKey::id, Collectors.toList())));
		List<String> selects = new ArrayList<>();
		for (Map.Entry<String, List<Long>> ids : idsByType.entrySet()) {
			String name = "ids" + selects.size();
			parameters.addValue(name, ids.getValue());
			SearchSource source = this.sources.get(ids.getKey());
			selects.add("select '" + ids.getKey() + "' as type, s.id, s.title, s.url, s.date, s.language, "
					+ source.datePrecisionSql() + " as date_precision, translate(s.body, '" + MARK_START + MARK_END
					+ "', '') as body from (" + source.sql() + ") s where s.id in (:" + name + ")");
		}
		String sql = "select type, id, title, url, date, date_precision, language,"
				// Text in lines is extracted from files: its headers, page numbers and
				// dot
				// leaders are left out (V102). Other text is read as it is: cleaning it
				// costs
				// more than it saves.
				+ " ts_headline(portal_search_config(language), case when strpos(body, chr(10)) > 0"
				+ " then portal_snippet_source(portal_search_config(language), body, " + tsquery("h.language")
				+ ") else body end, " + tsquery("h.language") + ", :headline) as snippet from ("
				+ String.join(" union all ", selects) + ") h";
		Map<HitKey, SearchHit> hits = new HashMap<>();
		this.jdbc.query(sql, parameters,
				(RowCallbackHandler) (row) -> hits.put(new HitKey(row.getString("type"), row.getLong("id")), hit(row)));
		return ranked.stream().map(hits::get).filter(Objects::nonNull).toList();
	}

	private long generation() {
		Long generation = this.jdbc.queryForObject("select value from search_generation", new MapSqlParameterSource(),
				Long.class);
		return (generation != null) ? generation : 0;
	}

	/** When the next scheduled item comes out, or {@code null} when none is scheduled. */
	private Instant nextPublication(Instant now) {
		List<String> scheduled = this.sources.values()
			.stream()
			.map(SearchSource::scheduledSql)
			.filter(Objects::nonNull)
			.map((sql) -> "select min(s.at) as at from (" + sql + ") s")
			.toList();
		if (scheduled.isEmpty()) {
			return null;
		}
		Timestamp next = this.jdbc.queryForObject(
				"select min(at) from (" + String.join(" union all ", scheduled) + ") n",
				new MapSqlParameterSource("now", Timestamp.from(now)), Timestamp.class);
		return (next != null) ? next.toInstant() : null;
	}

	private MapSqlParameterSource parameters(SearchQuery query, Instant now) {
		return new MapSqlParameterSource().addValue("q", query.q())
			.addValue("now", Timestamp.from(now))
			.addValue("zone", this.zone.getId())
			.addValue("headline", HEADLINE_OPTIONS)
			.addValue("year", query.year())
			.addValue("country", query.country())
			.addValue("treaty", query.treaty());
	}

	/**
	 * How many words the query has, and whether it leaves some out. Also has the
	 * statements that follow, in this transaction, planned for their own values: a plan
	 * made for any query would parse the query once per row and guess how many rows
	 * match.
	 */
	private QueryShape shape(MapSqlParameterSource parameters) {
		return this.jdbc.queryForObject(
				"select numnode(q) as nodes, cast(q as text) like '%!%' as negated"
						+ " from websearch_to_tsquery(portal_search_config(:language), :q) q,"
						+ " set_config('plan_cache_mode', 'force_custom_plan', true)",
				parameters, (row, number) -> new QueryShape(row.getInt("nodes"), row.getBoolean("negated")));
	}

	private List<SearchSource> searched(SearchQuery query) {
		if (query.type() == null) {
			return List.copyOf(this.sources.values());
		}
		SearchSource source = this.sources.get(query.type());
		return (source != null) ? List.of(source) : List.of();
	}

	private static String filters(SearchQuery query) {
		StringBuilder filters = new StringBuilder();
		if (query.year() != null) {
			filters.append(" and extract(year from s.date) = :year");
		}
		if (query.country() != null) {
			filters.append(" and cast(:country as text) = any(s.countries)");
		}
		if (query.treaty() != null) {
			filters.append(" and s.treaty = :treaty");
		}
		return filters.toString();
	}

	private SearchHit hit(ResultSet row) throws SQLException {
		String type = row.getString("type");
		Date date = row.getDate("date");
		return new SearchHit(type, this.sources.get(type).nameKey(), row.getString("title"), row.getString("language"),
				row.getString("url"), (date != null) ? date.toLocalDate() : null,
				DatePrecision.valueOf(row.getString("date_precision")), marked(row.getString("snippet")));
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
		// Only titles with a similar word are split into words: the trigram index finds
		// them.
		String titles = searched.stream()
			.map((source) -> "select s.title from (" + source.sql() + ") s where :word <% lower(s.title)")
			.collect(Collectors.joining(" union all "));
		String sql = "select word from (select distinct lower(regexp_split_to_table(unaccent(title), '[^[:alnum:]]+'))"
				+ " as word from (" + titles + ") t) w where length(word) > 2" + " and similarity(word, :word) >= "
				+ SUGGESTION_SIMILARITY + " order by similarity(word, :word) desc, word limit 1";
		// A title passes the index (<%) when a word of it is as similar as a suggestion
		// must be.
		this.jdbc.queryForObject("select set_config('pg_trgm.word_similarity_threshold', :similarity, true)",
				new MapSqlParameterSource("similarity", String.valueOf(SUGGESTION_SIMILARITY)), String.class);
		List<String> corrected = new ArrayList<>();
		boolean changed = false;
		for (String word : query.q().toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
			if (word.isEmpty()) {
				continue;
			}
			List<String> best = this.jdbc.queryForList(sql,
					new MapSqlParameterSource(parameters.getValues()).addValue("word", word), String.class);
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

	private record HitKey(String type, long id) {
	}

	private record FilterChoices(long generation, Map<String, List<SearchFilter.Choice>> choices) {
	}

	private record QueryShape(int nodes, boolean negated) {
	}

}
