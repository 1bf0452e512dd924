package org.treatyportal.news;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.treatyportal.caching.PerGeneration;
import org.treatyportal.config.PortalProperties;
import org.treatyportal.publishing.AttachmentView;
import org.treatyportal.publishing.Attachments;
import org.treatyportal.publishing.LanguageText;
import org.treatyportal.publishing.LanguageVersions;
import org.treatyportal.publishing.PublicContent;
import org.treatyportal.publishing.PublicationState;
import org.treatyportal.publishing.SlugHistory;
import org.treatyportal.revisions.ContentRef;
import org.treatyportal.seo.SitemapEntry;
import org.treatyportal.web.Languages;

/**
 * Reads articles for the public site: only what is visible now, per the site's clock.
 */
@Service
@Transactional(readOnly = true)
public class ArticleService implements PublicContent {

	/** Articles per page in the public lists. */
	public static final int PAGE_SIZE = 20;

	private static final int RELATED_COUNT = 3;

	private static final Instant BEGINNING = Instant.parse("1000-01-01T00:00:00Z");

	private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("publication.publishAt"), Sort.Order.desc("id"));

	private final ArticleRepository articles;

	private final Clock clock;

	private final ZoneId zone;

	private final SlugHistory slugHistory;

	private final Attachments attachments;

	private final PerGeneration perGeneration;

	private final Languages languages;

	ArticleService(ArticleRepository articles, SlugHistory slugHistory, Attachments attachments, Clock clock,
			PortalProperties properties, PerGeneration perGeneration, Languages languages) {
		this.perGeneration = perGeneration;
		this.languages = languages;
		this.articles = articles;
		this.slugHistory = slugHistory;
		this.attachments = attachments;
		this.clock = clock;
		this.zone = properties.timeZone();
	}

	/**
	 * One page of visible articles of a kind, newest first.
	 * @param page zero-based page number
	 */
	public Page<ArticleSummary> list(ArticleKind kind, ArticleListFilter filter, int page) {
		return list(kind, filter, page, PAGE_SIZE);
	}

	/**
	 * One page of visible articles of a kind, newest first, each in the best language
	 * available: its version in the given language, else its original.
	 * @param page zero-based page number
	 * @param language the page's language
	 */
	public Page<ArticleSummary> list(ArticleKind kind, ArticleListFilter filter, int page, String language) {
		return list(kind, filter, page, PAGE_SIZE, language);
	}

	/**
	 * One page of visible articles of a kind, newest first, of the given size.
	 * @param page zero-based page number
	 */
	public Page<ArticleSummary> list(ArticleKind kind, ArticleListFilter filter, int page, int size) {
		return list(kind, filter, page, size, null);
	}

	/**
	 * One page of visible articles of a kind, newest first, of the given size, each in
	 * the best language available.
	 * @param page zero-based page number
	 * @param language the page's language, or {@code null} for each article's original
	 */
	public Page<ArticleSummary> list(ArticleKind kind, ArticleListFilter filter, int page, int size, String language) {
		Instant now = this.clock.instant();
		Instant from = BEGINNING;
		Instant until = now.plusSeconds(1);
		if (filter.year() != null) {
			from = LocalDate.of(filter.year(), 1, 1).atStartOfDay(this.zone).toInstant();
			until = LocalDate.of(filter.year() + 1, 1, 1).atStartOfDay(this.zone).toInstant();
		}
		Pageable pageable = PageRequest.of(page, size, NEWEST_FIRST);
		if (pageable.getOffset() > Integer.MAX_VALUE) {
			return Page.empty(pageable);
		}
		Page<Article> result;
		if (filter.year() != null) {
			// Counting one year's articles reads that year only.
			result = (filter.category() != null)
					? this.articles.findVisibleInCategory(kind, filter.category(), now, from, until, pageable)
					: this.articles.findVisible(kind, now, from, until, pageable);
		}
		else if (filter.category() != null) {
			long total = categories(kind).stream()
				.filter((counted) -> counted.slug().equals(filter.category()))
				.mapToLong(CategoryCount::count)
				.sum();
			result = new PageImpl<>(this.articles.findVisibleRowsInCategory(kind, filter.category(), now, pageable),
					pageable, total);
		}
		else {
			result = new PageImpl<>(this.articles.findVisibleRows(kind, now, from, until, pageable), pageable,
					this.articles.countVisible(kind.name(), now));
		}
		return result.map((article) -> summary(article, language));
	}

	/** The newest visible articles of a kind. */
	public List<ArticleSummary> latest(ArticleKind kind, int count) {
		return latest(kind, count, null);
	}

	/**
	 * The newest visible articles of a kind, each in the best language available.
	 * @param language the page's language, or {@code null} for each article's original
	 */
	public List<ArticleSummary> latest(ArticleKind kind, int count, String language) {
		if (count < 1) {
			return List.of();
		}
		return this.articles
			.findNewestVisible(kind, this.clock.instant(), PageRequest.of(0, Math.min(count, PAGE_SIZE)))
			.stream()
			.map((article) -> summary(article, language))
			.toList();
	}

	/**
	 * The newest visible articles, of either kind, whose title or summary mentions one of
	 * the terms (case-insensitive), for "related news" on treaty and country pages: in
	 * the language of the page asking, else each in its original.
	 */
	public List<ArticleSummary> mentioning(List<String> terms, int count) {
		return mentioning(terms, count, this.languages.current());
	}

	/**
	 * The newest visible articles, of either kind, whose title or summary mentions one of
	 * the terms, each in the best language available.
	 * @param language the page's language, or {@code null} for each article's original
	 */
	public List<ArticleSummary> mentioning(List<String> terms, int count, String language) {
		List<String> patterns = terms.stream()
			.filter((term) -> term != null && !term.isBlank())
			.map((term) -> "%"
					+ term.strip().toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")
			.toList();
		if (patterns.isEmpty() || count < 1) {
			return List.of();
		}
		Instant now = this.clock.instant();
		Specification<Article> visible = (root, query, builder) -> builder.and(
				builder.equal(root.get("publication").get("state"), PublicationState.PUBLISHED),
				builder.lessThanOrEqualTo(root.get("publication").<Instant>get("publishAt"), now));
		Specification<Article> mentions = (root, query,
				builder) -> builder.or(patterns.stream()
					.flatMap((pattern) -> java.util.stream.Stream.of(
							builder.like(builder.lower(root.get("title")), pattern, '\\'),
							builder.like(builder.lower(root.get("summary")), pattern, '\\')))
					.toArray(jakarta.persistence.criteria.Predicate[]::new));
		// The newest few, without counting every match.
		return this.articles.findBy(visible.and(mentions), (query) -> query.sortBy(NEWEST_FIRST).limit(count).all())
			.stream()
			.map((article) -> summary(article, language))
			.toList();
	}

	/** Years in which articles of the kind were published, newest first. */
	public List<Integer> years(ArticleKind kind) {
		return this.perGeneration.get(List.of("article-years", kind),
				() -> this.articles.findVisibleYears(kind.name(), this.zone.getId(), this.clock.instant()));
	}

	/** Categories that hold visible articles of the kind. */
	public List<CategoryCount> categories(ArticleKind kind) {
		return this.perGeneration.get(List.of("article-categories", kind),
				() -> this.articles.countVisibleByCategory(kind, this.clock.instant()));
	}

	/**
	 * The visible article with the given slug, with its categories and related articles.
	 */
	public Optional<ArticleDetail> find(ArticleKind kind, String slug) {
		return find(kind, slug, this.languages.defaultLanguage());
	}

	/**
	 * The visible article whose version in the language has the given slug, in that
	 * language or, where it has no version in it, in its original; with its categories
	 * and related articles. Empty where the slug is another version's: see
	 * {@link #renamedTo(ArticleKind, String, String)}.
	 */
	public Optional<ArticleDetail> find(ArticleKind kind, String slug, String language) {
		Instant now = this.clock.instant();
		return LanguageVersions.match(this.articles.findVisibleByAnySlug(kind, slug, now), language, slug)
			.filter((article) -> LanguageVersions.isCurrent(article, language, slug))
			.map((article) -> detail(article, now, language, true));
	}

	/**
	 * Where an article that answers to no current slug has gone: the address of the item
	 * that used to have this slug, if it had one and is visible: a draft's or a scheduled
	 * item's new slug is nobody's business yet.
	 */
	public Optional<String> renamedTo(ArticleKind kind, String slug) {
		return renamedTo(kind, slug, this.languages.defaultLanguage());
	}

	/**
	 * Where an address in a language that answers to no current slug of that language
	 * goes: the same item's version in the language when the slug is another language's
	 * current one, else the item that had the slug before in this language, or at last in
	 * any language; only if visible: a draft's or a scheduled item's new slug is nobody's
	 * business yet.
	 */
	public Optional<String> renamedTo(ArticleKind kind, String slug, String language) {
		Instant now = this.clock.instant();
		Optional<Article> item = LanguageVersions.match(this.articles.findVisibleByAnySlug(kind, slug, now), language,
				slug);
		if (item.isEmpty()) {
			item = this.slugHistory.formerOwner(kind.contentType(), language, slug)
				.or(() -> this.slugHistory.formerOwner(kind.contentType(), slug))
				.flatMap(this.articles::findById)
				.filter((article) -> article.getKind() == kind && article.getPublication().isVisibleAt(now));
		}
		return item.map((article) -> "/" + kind.path() + "/" + article.in(language).slug());
	}

	/** Whether the slug belongs to an article that was withdrawn from the site. */
	public boolean isWithdrawn(ArticleKind kind, String slug) {
		return this.articles.findByKindAndSlug(kind, slug)
			.map((article) -> article.getPublication().getState() == PublicationState.WITHDRAWN)
			.orElse(false);
	}

	@Override
	public boolean isVisible(ContentRef content) {
		for (ArticleKind kind : ArticleKind.values()) {
			if (kind.contentType().equals(content.type())) {
				return this.articles.findById(content.id())
					.filter((article) -> article.getKind() == kind)
					.map((article) -> article.getPublication().isVisibleAt(this.clock.instant()))
					.orElse(false);
			}
		}
		return false;
	}

	/**
	 * The newest visible articles of a kind with their times and topics, newest first:
	 * for the kind's feed.
	 */
	List<ArticleEntry> newest(ArticleKind kind, int count, String language) {
		List<Article> newest = this.articles.findNewestVisible(kind, this.clock.instant(), PageRequest.of(0, count));
		Map<Long, List<String>> categories = new HashMap<>();
		if (!newest.isEmpty()) {
			for (Object[] row : this.articles.findCategoryNames(newest.stream().map(Article::getId).toList())) {
				categories.computeIfAbsent((Long) row[0], (id) -> new ArrayList<>()).add((String) row[1]);
			}
		}
		return newest.stream().map((article) -> {
			LanguageText text = article.in(language);
			return new ArticleEntry(article.getId(), text.title(), text.summary(),
					"/" + kind.path() + "/" + text.slug(), article.getCreatedAt(),
					article.getPublication().getPublishAt(), lastChange(article),
					categories.getOrDefault(article.getId(), List.of()), text.lang());
		}).toList();
	}

	/**
	 * The address of every visible article and of both lists, each with when it last
	 * changed (a list, when its newest article did): for the sitemap.
	 */
	List<SitemapEntry> sitemapEntries() {
		Instant now = this.clock.instant();
		Map<String, Instant> lists = new LinkedHashMap<>();
		List<SitemapEntry> items = new ArrayList<>();
		for (ArticleKind kind : ArticleKind.values()) {
			lists.put("/" + kind.path(), null);
		}
		Map<Long, Map<String, String>> translations = new HashMap<>();
		for (Object[] row : this.articles.findVisibleTranslationSlugs(now)) {
			translations.computeIfAbsent((Long) row[0], (id) -> new LinkedHashMap<>())
				.put((String) row[1], (String) row[2]);
		}
		for (Object[] row : this.articles.findVisibleChangesWithLanguage(now)) {
			ArticleKind kind = (ArticleKind) row[1];
			Instant changed = later((Instant) row[4], (Instant) row[5]);
			String path = "/" + kind.path() + "/";
			items.add(new SitemapEntry(path + row[2], changed, LanguageVersions.of((String) row[3], (String) row[2],
					translations.getOrDefault((Long) row[0], Map.of()), this.languages.all(), (slug) -> path + slug)));
			lists.merge("/" + kind.path(), changed, ArticleService::later);
		}
		List<SitemapEntry> entries = new ArrayList<>();
		lists.forEach((path, changed) -> entries.add(new SitemapEntry(path, changed)));
		entries.addAll(items);
		return entries;
	}

	/**
	 * The page of an article that need not be saved or visible: for editors' previews.
	 */
	ArticleDetail preview(Article article) {
		return preview(article, article.getLanguage());
	}

	/**
	 * The page of an article in one language that need not be saved or visible: for
	 * editors' previews of a translation.
	 */
	ArticleDetail preview(Article article, String language) {
		return detail(article, this.clock.instant(), language, false);
	}

	/**
	 * The article's page in a language.
	 * @param published whether the article is a visible one read in a transaction, whose
	 * addresses in every language the page links (a preview's item may be detached)
	 */
	private ArticleDetail detail(Article article, Instant now, String language, boolean published) {
		Pageable first = PageRequest.of(0, RELATED_COUNT);
		List<Article> related = (article.getId() == null || article.getCategories().isEmpty()) ? List.of()
				: this.articles.findVisibleSharingCategory(article.getId(), article.getCategories(), now, first);
		if (related.isEmpty() && article.getId() != null) {
			related = this.articles.findLatestVisibleExcept(article.getKind(), article.getId(), now, first);
		}
		List<ArticleDetail.CategoryLink> categories = article.getCategories()
			.stream()
			.map((category) -> new ArticleDetail.CategoryLink(category.getName(),
					new ArticleListFilter(null, category.getSlug()).url(article.getKind(), 1)))
			.toList();
		List<AttachmentView> files = (article.getId() != null)
				? this.attachments.list(new ContentRef(article.getKind().contentType(), article.getId())) : List.of();
		LanguageText text = article.in(language);
		String path = "/" + article.getKind().path() + "/";
		return new ArticleDetail(article.getKind(), text.title(), text.summary(), text.body(), date(article),
				article.getDatePrecision(), categories, files,
				related.stream().map((other) -> summary(other, language)).toList(),
				article.getPublication().getPublishAt(), lastChange(article), text,
				published ? LanguageVersions.of(article, language, this.languages.all(), (slug) -> path + slug) : null);
	}

	/**
	 * A row of a list in a language, or in the article's original for {@code null}.
	 */
	private ArticleSummary summary(Article article, String language) {
		LanguageText text = article.in((language != null) ? language : article.getLanguage());
		return new ArticleSummary(article.getKind(), text.title(), text.summary(), date(article),
				article.getDatePrecision(), "/" + article.getKind().path() + "/" + text.slug(), text.lang());
	}

	/**
	 * When the article last changed for readers: its last save, or its publication if
	 * later.
	 */
	private static Instant lastChange(Article article) {
		return later(article.getUpdatedAt(), article.getPublication().getPublishAt());
	}

	private static Instant later(Instant first, Instant second) {
		if (first == null) {
			return second;
		}
		return (second == null || first.isAfter(second)) ? first : second;
	}

	/**
	 * The date readers see: a draft never published shows, in previews, the date it would
	 * get today.
	 */
	private LocalDate date(Article article) {
		Instant published = article.getPublication().getPublishAt();
		return ((published != null) ? published : this.clock.instant()).atZone(this.zone).toLocalDate();
	}

}
