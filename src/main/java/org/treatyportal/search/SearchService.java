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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * marked, filters, and "did you mean" from trigram similarity of titles. Every searchable
 * version of every item is a row of one table, {@code search_item}, kept by triggers
 * (V109), so that a search is one indexed query however many types there are. A search
 * ranks a bounded set (ADR 19): the {@value #RANKED_RECENT} most recent matches in titles
 * and summaries by relevance, then the other matches newest first, counted up to
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

	/** The date a row shows: its own, or the day of its instant in the site's zone. */
	private static final String DATE = "coalesce(s.date, cast(s.at at time zone :zone as date))";

	/**
	 * How much of the start of a text the snippet of a hit found by its title and summary
	 * is made from: about two fragments of a snippet, as much as a window around a word
	 * (V111).
	 */
	private static final int SNIPPET_SOURCE = 450;

	/** Whether a row's item has no version in the searched language. */
	private static final String UNTRANSLATED = "not exists (select 1 from search_item t where t.type = s.type"
			+ " and t.id = s.id and t.language = :language)";

	/** The end of a sentence and the space after it. */
	private static final Pattern SENTENCE_END = Pattern.compile("[.!?;]\\s+");

	private static final char MARK_START = '\uE000';

	private static final char MARK_END = '\uE001';

	private static final String HEADLINE_OPTIONS = "StartSel=" + MARK_START + ", StopSel=" + MARK_END
			+ ", MaxWords=40, MinWords=18, ShortWord=3, MaxFragments=2, FragmentDelimiter=\" … \"";

	/** How similar (pg_trgm) a title word must be to a query word to be suggested. */
	private static final double SUGGESTION_SIMILARITY = 0.3;

	/** How many titles with a similar word are read for a suggestion. */
	private static final int SUGGESTION_TITLES = 300;

	/** How many words' suggestions are kept at most (then forgotten all at once). */
	private static final int KEPT_SUGGESTIONS = 10_000;

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

	/** The searches running for the results cache, each done when its page is kept. */
	private final Map<SearchResultsCache.Key, CompletableFuture<Void>> searching = new ConcurrentHashMap<>();

	/**
	 * How many of the newest rows a search first looks among for its ranked and newest
	 * matches (ADR 19): enough of them there, and they are the answer, found without
	 * reading every older match; 0 never.
	 */
	private final int windowRows;

	/**
	 * Where the newest {@code portal.search.window} rows start, for the search generation
	 * it was found in.
	 */
	private volatile Window window = new Window(-1, null);

	/**
	 * The languages that have originals, for the search generation they were found in.
	 */
	private volatile Originals originals = new Originals(-1, List.of());

	/** Each word's suggestion for searches with no filter, in the current generation. */
	private volatile Suggestions suggestions = new Suggestions(-1, Instant.MIN, null, new ConcurrentHashMap<>());

	SearchService(NamedParameterJdbcTemplate jdbc, List<SearchSource> sources, List<SearchFilter> filters, Clock clock,
			PortalProperties properties, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
		this.clock = clock;
		this.zone = properties.timeZone();
		this.cache = new SearchResultsCache(properties.search().cachedResults());
		this.windowRows = properties.search().window();
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
	public FilterChoices filterChoices(String language) {
		String searched = this.languages.contains(language) ? language : this.languages.get(0);
		long generation = generation();
		FilterChoices kept = this.choices.get(searched);
		if (kept != null && kept.generation() == generation) {
			return kept;
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
		FilterChoices result = new FilterChoices(generation, Collections.unmodifiableMap(found));
		this.choices.put(searched, result);
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
		// The same search asked again while it runs (a popular one, just after a change
		// emptied the cache) waits for it rather than searching too, and takes its page
		// when that is current for it.
		CompletableFuture<Void> running = new CompletableFuture<>();
		CompletableFuture<Void> other = this.searching.putIfAbsent(key, running);
		if (other != null) {
			other.join();
			cached = this.cache.get(key, generation, now);
			if (cached != null) {
				return cached;
			}
			SearchResults results = find(query, searched, page, now);
			this.cache.put(key, results, generation, now, nextPublication(now));
			return results;
		}
		try {
			SearchResults results = find(query, searched, page, now);
			this.cache.put(key, results, generation, now, nextPublication(now));
			return results;
		}
		finally {
			this.searching.remove(key, running);
			running.complete(null);
		}
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
		if ((query.type() != null && !this.sources.containsKey(query.type())) || pageable.getOffset() >= MAX_RESULTS) {
			return new SearchResults(Page.empty(pageable), false, null);
		}
		List<String> read = languagesRead(language, shape.generation());
		parameters.addValue("type", query.type())
			.addValue("recent", RANKED_RECENT)
			.addValue("counted", MAX_RESULTS + 1);
		// Among the newest rows first, where a filter leaves enough of them (a year
		// seldom does): when as many matches as wanted are there, every match outside is
		// older than them, so the answer is the same as among all rows.
		boolean windowed = query.type() == null && query.year() == null && query.country() == null
				&& query.treaty() == null && window(shape.generation(), parameters);
		// First the page's hits, with no text read; then the titles, links and snippets
		// of only those hits. The most recent title and summary matches come first, by
		// relevance; a word left out (-draft) may be missing from the title yet be in
		// the text.
		List<HitKey> recent = windowed ? recent(language, read, query, shape, parameters, true) : null;
		if (recent == null || recent.size() < RANKED_RECENT) {
			recent = recent(language, read, query, shape, parameters, false);
		}
		int offset = (int) pageable.getOffset();
		List<HitKey> ranked = new ArrayList<>(
				recent.subList(Math.min(offset, recent.size()), Math.min(offset + PAGE_SIZE, recent.size())));
		if (ranked.size() < PAGE_SIZE) {
			int olderOffset = Math.max(0, offset - recent.size());
			int olderLimit = PAGE_SIZE - ranked.size();
			List<HitKey> older = windowed
					? older(query, language, read, parameters, recent, olderOffset, olderLimit, true) : null;
			if (older == null || older.size() < olderLimit) {
				older = older(query, language, read, parameters, recent, olderOffset, olderLimit, false);
			}
			ranked.addAll(older);
		}
		if (ranked.isEmpty()) {
			String suggestion = (page == 0) ? suggestion(query, parameters, shape.generation(), now) : null;
			return new SearchResults(Page.empty(pageable), false, suggestion);
		}
		Long counted = this.jdbc.queryForObject("select count(*) from (select 1 from ("
				+ matching(language, read, query, (tsquery) -> "1", "s.vector", null, false) + ") m limit :counted) c",
				parameters, Long.class);
		long total = (counted != null) ? counted : 0;
		return new SearchResults(new PageImpl<>(hits(ranked, parameters), pageable, Math.min(total, MAX_RESULTS)),
				false, null, total > MAX_RESULTS);
	}

	/**
	 * The {@value #RANKED_RECENT} most recent title and summary matches, by relevance.
	 * @param windowed whether only among the newest {@code portal.search.window} rows
	 */
	private List<HitKey> recent(String language, List<String> read, SearchQuery query, QueryShape shape,
			MapSqlParameterSource parameters, boolean windowed) {
		// A word left out (-draft) may be missing from the title yet be in the text.
		String alsoWhole = shape.negated() ? "s.vector" : null;
		return this.jdbc.query(
				"select type, id, language, true as headed from (select * from ("
						+ matching(language, read, query,
								(tsquery) -> "s.type, s.id, s.language, s.at, ts_rank(s.head, " + tsquery + ") as rank",
								"s.head", alsoWhole, windowed)
						+ ") m order by at desc nulls last, type, id desc limit :recent) r"
						+ " order by rank desc, at desc nulls last, type, id desc",
				parameters, (row, number) -> hitKey(row));
	}

	/**
	 * The matches that follow the ranked ones, newest first: those found in the text
	 * only, and title and summary matches older than the ranked.
	 * @param windowed whether only among the newest {@code portal.search.window} rows
	 */
	private List<HitKey> older(SearchQuery query, String language, List<String> read, MapSqlParameterSource parameters,
			List<HitKey> recent, int offset, int limit, boolean windowed) {
		parameters.addValue("recentTypes", recent.stream().map(HitKey::type).toArray(String[]::new))
			.addValue("recentIds", recent.stream().map(HitKey::id).toArray(Long[]::new))
			.addValue("olderOffset", offset)
			.addValue("olderLimit", limit);
		return this.jdbc.query("select type, id, language, false as headed from ("
				+ matching(language, read, query, (tsquery) -> "s.type, s.id, s.language, s.at", "s.vector", null,
						windowed)
				+ ") m"
				+ " where not exists (select 1 from unnest(cast(:recentTypes as text[]), cast(:recentIds as bigint[]))"
				+ " r(type, id) where r.type = m.type and r.id = m.id)"
				+ " order by at desc nulls last, type, id desc limit :olderLimit offset :olderOffset", parameters,
				(row, number) -> hitKey(row));
	}

	/**
	 * The rows a search in {@code searched} reads whose {@code vector} matches the query:
	 * a branch per language of {@code read} ({@link #languagesRead}), each reading the
	 * query in its language. In each branch the match is the only condition on a vector,
	 * which the text index answers, so that no row's vector is read (they are stored out
	 * of line, V111).
	 * @param columns the columns selected, given the branch's query
	 * @param alsoMatching another vector the rows must match too, or {@code null}
	 * @param windowed whether only among the newest {@code portal.search.window} rows
	 * (from {@code :windowStart}), which the index on {@code at} gives and PostgreSQL
	 * intersects with the text index's matches before reading any row
	 */
	private String matching(String searched, List<String> read, SearchQuery query, Function<String, String> columns,
			String vector, String alsoMatching, boolean windowed) {
		return read.stream().map((language) -> {
			String tsquery = languageQuery(language);
			return "select " + columns.apply(tsquery) + " from search_item s where s.language = '" + language + "' and "
					+ vector + " @@ " + tsquery
					+ ((alsoMatching != null) ? " and " + alsoMatching + " @@ " + tsquery : "")
					+ (language.equals(searched) ? "" : " and s.original and " + UNTRANSLATED)
					+ (windowed ? " and s.at >= :windowStart" : "") + filters(query);
		}).collect(Collectors.joining(" union all "));
	}

	/**
	 * Sets {@code :windowStart}, where the newest {@code portal.search.window} rows
	 * start, found once per search generation; {@code false} when the rows are too few
	 * for a window to save anything. Any start gives the same answers (a window with too
	 * few matches is not used), so one found for an earlier generation would only cost
	 * more.
	 */
	private boolean window(long generation, MapSqlParameterSource parameters) {
		Window kept = this.window;
		if (this.windowRows == 0) {
			return false;
		}
		if (kept.generation() != generation) {
			// The planner's estimate of the rows is enough to tell a large table.
			Timestamp start = this.jdbc.query("select (select at from search_item"
					+ " order by at desc nulls last, type, id desc offset :window - 1 limit 1) as start"
					+ " where (select reltuples from pg_class where oid = 'search_item'::regclass) >= :window * 4",
					new MapSqlParameterSource("window", this.windowRows),
					(ResultSet row) -> row.next() ? row.getTimestamp("start") : null);
			kept = new Window(generation, start);
			this.window = kept;
		}
		parameters.addValue("windowStart", kept.start());
		return kept.start() != null;
	}

	/**
	 * The languages a search in {@code searched} reads: its own, and each other language
	 * that has originals (an item with no version in the searched language is searched in
	 * its original). A branch for a language with none would cost as much as one with
	 * rows: its text index is read before the rows are. Which languages have originals is
	 * found once per search generation; found after the generation was read, it may know
	 * of a later change, as the search's own statements do.
	 */
	private List<String> languagesRead(String searched, long generation) {
		Originals kept = this.originals;
		if (kept.generation() != generation) {
			kept = new Originals(generation, this.jdbc
				.queryForList("select l.language from unnest(cast(:languages as text[])) l(language)"
						+ " where exists (select 1 from search_item s where s.language = l.language and s.original)",
						new MapSqlParameterSource("languages", this.languages.toArray(String[]::new)), String.class));
			this.originals = kept;
		}
		List<String> withOriginals = kept.languages();
		return this.languages.stream()
			.filter((language) -> language.equals(searched) || withOriginals.contains(language))
			.toList();
	}

	/**
	 * The conditions every searched row meets besides matching: in the searched language
	 * where the item has a version in it (else its original), visible now, and within the
	 * filters.
	 */
	private static String searchedItems(SearchQuery query) {
		return " and (s.language = :language or (s.original and " + UNTRANSLATED + "))" + filters(query);
	}

	/** Visible now, and within the filters. */
	private static String filters(SearchQuery query) {
		// Not a condition the index on visible_from could take: it matches nearly every
		// row, and the planner would intersect it with the text's index.
		StringBuilder where = new StringBuilder(" and coalesce(s.visible_from, '-infinity') <= :now");
		if (query.type() != null) {
			where.append(" and s.type = :type");
		}
		if (query.year() != null) {
			where.append(" and extract(year from ").append(DATE).append(") = :year");
		}
		if (query.country() != null) {
			where.append(" and cast(:country as text) = any(s.countries)");
		}
		if (query.treaty() != null) {
			where.append(" and s.treaty = :treaty");
		}
		return where.toString();
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

	/** The hits' titles, links and snippets, in the order of {@code ranked}. */
	private List<SearchHit> hits(List<HitKey> ranked, MapSqlParameterSource parameters) {
		parameters.addValue("types", ranked.stream().map(HitKey::type).toArray(String[]::new))
			.addValue("ids", ranked.stream().map(HitKey::id).toArray(Long[]::new))
			.addValue("languages", ranked.stream().map(HitKey::language).toArray(String[]::new))
			.addValue("headed", ranked.stream().map(HitKey::headed).toArray(Boolean[]::new));
		// A hit found by its title and summary has its snippet from the summary, which
		// its
		// text starts with; one found in its text, from around the first word found in it
		// (V111). The whole text would cost several times more. Text extracted from files
		// was cleaned when the row was made (V109).
		String sql = "select s.type, s.id, coalesce(s.titles ->> :language, s.title) as title, s.url, " + DATE
				+ " as date, s.date_precision, s.language, k.headed, ts_headline(portal_search_config(s.language),"
				+ " translate(case when k.headed then left(s.body, " + SNIPPET_SOURCE
				+ ") else portal_snippet_window(s.body,"
				+ " tsvector_to_array(to_tsvector(portal_search_config(s.language), :q))) end, '" + MARK_START
				+ MARK_END + "', ''), " + tsquery("s.language") + ", :headline) as snippet"
				+ " from unnest(cast(:types as text[]), cast(:ids as bigint[]), cast(:languages as text[]),"
				+ " cast(:headed as boolean[])) k(type, id, language, headed) join search_item s on s.type = k.type"
				+ " and s.id = k.id and s.language = k.language";
		Map<HitKey, SearchHit> hits = new HashMap<>();
		this.jdbc.query(sql, parameters, (RowCallbackHandler) (row) -> hits.put(hitKey(row), hit(row)));
		return ranked.stream().map(hits::get).filter(Objects::nonNull).toList();
	}

	private long generation() {
		Long generation = this.jdbc.queryForObject("select value from search_generation", new MapSqlParameterSource(),
				Long.class);
		return (generation != null) ? generation : 0;
	}

	/**
	 * When the next scheduled item comes out, or {@code null} when none is scheduled: the
	 * first instant after {@code now} at which a search, and the pages that list items,
	 * change with no one saving anything.
	 */
	public Instant nextPublication(Instant now) {
		Timestamp next = this.jdbc.queryForObject("select min(visible_from) from search_item where visible_from > :now",
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
	 * match. And never reading the whole table: for a common word, the planner would
	 * rather read rows until enough match than take them from the index, which costs
	 * decompressing every row's vector.
	 */
	private QueryShape shape(MapSqlParameterSource parameters) {
		return this.jdbc.queryForObject(
				"select numnode(q) as nodes, cast(q as text) like '%!%' as negated, g.value as generation"
						+ " from websearch_to_tsquery(portal_search_config(:language), :q) q,"
						+ " set_config('plan_cache_mode', 'force_custom_plan', true) p,"
						+ " set_config('enable_seqscan', 'off', true) s, search_generation g",
				parameters, (row, number) -> new QueryShape(row.getInt("nodes"), row.getBoolean("negated"),
						row.getLong("generation")));
	}

	private SearchHit hit(ResultSet row) throws SQLException {
		String type = row.getString("type");
		Date date = row.getDate("date");
		return new SearchHit(type, this.sources.get(type).nameKey(), row.getString("title"), row.getString("language"),
				row.getString("url"), (date != null) ? date.toLocalDate() : null,
				DatePrecision.valueOf(row.getString("date_precision")), marked(row.getString("snippet")));
	}

	/**
	 * Escapes the snippet, then turns the private-use markers into the only markup. The
	 * snippet starts at the sentence that holds the first marked word, not in the
	 * sentence before it.
	 */
	static String marked(String snippet) {
		if (snippet == null) {
			return "";
		}
		int firstMark = snippet.indexOf(MARK_START);
		Matcher sentenceEnd = SENTENCE_END.matcher(snippet);
		int start = 0;
		while (firstMark > 0 && sentenceEnd.find() && sentenceEnd.end() <= firstMark) {
			start = sentenceEnd.end();
		}
		return HtmlUtils.htmlEscape(snippet.substring(start))
			.replace(String.valueOf(MARK_START), "<mark>")
			.replace(String.valueOf(MARK_END), "</mark>");
	}

	/**
	 * A query with each word that matches nothing replaced by the most similar word of a
	 * visible title, or {@code null} when no word could be improved.
	 */
	private String suggestion(SearchQuery query, MapSqlParameterSource parameters, long generation, Instant now) {
		// Only titles with a similar word are split into words: the trigram index finds
		// them, at most a few hundred, so that a common word costs no more than a rare
		// one.
		String titles = "select s.title from search_item s where :word <% lower(s.title)" + searchedItems(query)
				+ " limit " + SUGGESTION_TITLES;
		String sql = "select word from (select distinct lower(regexp_split_to_table(unaccent(title), '[^[:alnum:]]+'))"
				+ " as word from (" + titles + ") t) w where length(word) > 2" + " and similarity(word, :word) >= "
				+ SUGGESTION_SIMILARITY + " order by similarity(word, :word) desc, word limit 1";
		// Words come back in other searches: with no filter, each word's best is kept
		// until something searchable changes or a scheduled item comes out.
		Map<String, String> kept = null;
		if (query.type() == null && query.year() == null && query.country() == null && query.treaty() == null) {
			Suggestions suggestions = this.suggestions;
			if (!suggestions.isCurrent(generation, now)) {
				suggestions = new Suggestions(generation, now, nextPublication(now), new ConcurrentHashMap<>());
				this.suggestions = suggestions;
			}
			kept = suggestions.words();
			if (kept.size() >= KEPT_SUGGESTIONS) {
				kept.clear();
			}
		}
		List<String> corrected = new ArrayList<>();
		boolean changed = false;
		boolean thresholdSet = false;
		for (String word : query.q().toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
			if (word.isEmpty()) {
				continue;
			}
			String key = parameters.getValue("language") + " " + word;
			String best = (kept != null) ? kept.get(key) : null;
			if (best == null) {
				if (!thresholdSet) {
					// A title passes the index (<%) when a word of it is as similar as a
					// suggestion must be.
					this.jdbc.queryForObject(
							"select set_config('pg_trgm.word_similarity_threshold', :similarity, true)",
							new MapSqlParameterSource("similarity", String.valueOf(SUGGESTION_SIMILARITY)),
							String.class);
					thresholdSet = true;
				}
				List<String> found = this.jdbc.queryForList(sql,
						new MapSqlParameterSource(parameters.getValues()).addValue("word", word), String.class);
				best = found.isEmpty() ? word : found.get(0);
				if (kept != null) {
					kept.put(key, best);
				}
			}
			corrected.add(best);
			changed |= !best.equals(word);
		}
		return changed ? String.join(" ", corrected) : null;
	}

	private static HitKey hitKey(ResultSet row) throws SQLException {
		return new HitKey(row.getString("type"), row.getLong("id"), row.getString("language"),
				row.getBoolean("headed"));
	}

	/**
	 * A result: its row of {@code search_item}, and whether it was found by its title and
	 * summary.
	 */
	private record HitKey(String type, long id, String language, boolean headed) {
	}

	private record QueryShape(int nodes, boolean negated, long generation) {
	}

	/**
	 * Where the newest rows start ({@code null}: no window), found in a search
	 * generation.
	 */
	private record Window(long generation, Timestamp start) {
	}

	/** The languages with originals, as found in a search generation. */
	private record Originals(long generation, List<String> languages) {
	}

	/**
	 * The best title word for each word asked ({@code language word}), itself when none
	 * is better, as found from {@code foundAt} in a search generation, good until the
	 * next scheduled item comes out ({@code null}: none scheduled).
	 */
	private record Suggestions(long generation, Instant foundAt, Instant validUntil, Map<String, String> words) {

		boolean isCurrent(long currentGeneration, Instant now) {
			return this.generation == currentGeneration && !now.isBefore(this.foundAt)
					&& (this.validUntil == null || now.isBefore(this.validUntil));
		}

	}

}
