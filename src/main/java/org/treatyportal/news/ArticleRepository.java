package org.treatyportal.news;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;

import org.treatyportal.publishing.ContentRepository;
import org.treatyportal.publishing.LanguageVersions;

/**
 * Articles. Every public query applies the visibility rule (published, publish time
 * passed) itself, with "now" passed in from the injected clock.
 */
interface ArticleRepository extends ContentRepository<Article> {

	Optional<Article> findByKindAndSlug(ArticleKind kind, String slug);

	@Override
	@Query("select a from Article a left join fetch a.categories where a.id = :id")
	Optional<Article> findForEditing(Long id);

	String VISIBLE = " a.publication.state = org.treatyportal.publishing.PublicationState.PUBLISHED"
			+ " and a.publication.publishAt <= :now ";

	@Query("select a from Article a where a.kind = :kind and" + VISIBLE
			+ "and a.publication.publishAt >= :from and a.publication.publishAt < :until")
	Page<Article> findVisible(ArticleKind kind, Instant now, Instant from, Instant until, Pageable pageable);

	@Query("select a from Article a where a.kind = :kind and" + VISIBLE
			+ "and a.publication.publishAt >= :from and a.publication.publishAt < :until"
			+ " and exists (select 1 from a.categories c where c.slug = :category)")
	Page<Article> findVisibleInCategory(ArticleKind kind, String category, Instant now, Instant from, Instant until,
			Pageable pageable);

	/** One page of {@link #findVisible}, without counting every visible article. */
	@Query("select a from Article a where a.kind = :kind and" + VISIBLE
			+ "and a.publication.publishAt >= :from and a.publication.publishAt < :until")
	List<Article> findVisibleRows(ArticleKind kind, Instant now, Instant from, Instant until, Pageable pageable);

	/** One page of {@link #findVisibleInCategory}, without counting its articles. */
	@Query("select a from Article a where a.kind = :kind and" + VISIBLE
			+ "and exists (select 1 from a.categories c where c.slug = :category)")
	List<Article> findVisibleRowsInCategory(ArticleKind kind, String category, Instant now, Pageable pageable);

	/**
	 * How many articles of a kind are visible: the published ones counted by triggers
	 * (V112) less those whose time is still to come.
	 */
	@Query(value = "select coalesce((select n.published from article_kind_count n where n.kind = :kind), 0)"
			+ " - (select count(*) from article a where a.kind = :kind and a.state = 'PUBLISHED' and a.publish_at > :now)",
			nativeQuery = true)
	long countVisible(String kind, Instant now);

	@Query("select distinct a from Article a left join fetch a.categories where a.kind = :kind and a.slug = :slug and"
			+ VISIBLE)
	Optional<Article> findVisibleBySlug(ArticleKind kind, String slug, Instant now);

	/**
	 * The visible articles of a kind whose original or one of whose translations has the
	 * slug; more than one where one language's slug is another item's in another.
	 */
	default List<Article> findVisibleByAnySlug(ArticleKind kind, String slug, Instant now) {
		return LanguageVersions.foundBySlug(findVisibleByOwnSlug(kind, slug, now),
				findVisibleByTranslationSlug(kind, slug, now));
	}

	@Query("select a from Article a where a.kind = :kind and a.slug = :slug and" + VISIBLE)
	List<Article> findVisibleByOwnSlug(ArticleKind kind, String slug, Instant now);

	@Query("select distinct a from Article a join a.translations t where a.kind = :kind and t.slug = :slug and"
			+ VISIBLE)
	List<Article> findVisibleByTranslationSlug(ArticleKind kind, String slug, Instant now);

	/**
	 * The years (in the zone) of the visible articles of a kind, newest first: one probe
	 * of the visible-articles index per year (the newest article before the year of the
	 * last one found), however many articles there are.
	 */
	@Query(value = "with recursive found(year) as ("
			+ " select cast(extract(year from max(publish_at) at time zone :zone) as integer) from article"
			+ " where kind = :kind and state = 'PUBLISHED' and publish_at <= :now"
			+ " union all select (select cast(extract(year from max(a.publish_at) at time zone :zone) as integer)"
			+ " from article a where a.kind = :kind and a.state = 'PUBLISHED'"
			+ " and a.publish_at < make_timestamp(found.year, 1, 1, 0, 0, 0) at time zone :zone)"
			+ " from found where found.year is not null)"
			+ " select year from found where year is not null order by year desc", nativeQuery = true)
	List<Integer> findVisibleYears(String kind, String zone, Instant now);

	/**
	 * The categories holding visible articles of a kind, by name, with how many: the
	 * published ones counted by triggers (V112) less those whose time is still to come.
	 */
	default List<CategoryCount> countVisibleByCategory(ArticleKind kind, Instant now) {
		return findVisibleCountsByCategory(kind.name(), now).stream()
			.map((row) -> new CategoryCount((String) row[0], (String) row[1], ((Number) row[2]).longValue()))
			.toList();
	}

	@Query(value = "select c.slug, c.name, n.published - coalesce(s.scheduled, 0) as visible"
			+ " from article_category_count n join category c on c.id = n.category_id"
			+ " left join (select ac.category_id, count(*) as scheduled from article a"
			// Each scheduled article's categories by its key, not every article's.
			+ " cross join lateral (select l.category_id from article_category l where l.article_id = a.id offset 0) ac"
			+ " where a.kind = :kind and a.state = 'PUBLISHED' and a.publish_at > :now group by ac.category_id) s"
			+ " on s.category_id = n.category_id"
			+ " where n.kind = :kind and n.published - coalesce(s.scheduled, 0) > 0 order by c.name, c.slug",
			nativeQuery = true)
	List<Object[]> findVisibleCountsByCategory(String kind, Instant now);

	@Query("select a from Article a where a.id <> :id and" + VISIBLE
			+ "and exists (select 1 from a.categories c where c in :categories) order by a.publication.publishAt desc")
	List<Article> findVisibleSharingCategory(Long id, Iterable<Category> categories, Instant now, Pageable pageable);

	@Query("select a from Article a where a.kind = :kind and a.id <> :id and" + VISIBLE
			+ "order by a.publication.publishAt desc")
	List<Article> findLatestVisibleExcept(ArticleKind kind, Long id, Instant now, Pageable pageable);

	@Query("select a from Article a where a.kind = :kind and" + VISIBLE
			+ "order by a.publication.publishAt desc, a.id desc")
	List<Article> findNewestVisible(ArticleKind kind, Instant now, Pageable pageable);

	/** Article id and category name, for each category of the articles. */
	@Query("select a.id, c.name from Article a join a.categories c where a.id in :ids order by c.name")
	List<Object[]> findCategoryNames(Collection<Long> ids);

	/**
	 * Id, kind, slug, original language, publish time and last save of every visible
	 * article, newest first.
	 */
	@Query("select a.id, a.kind, a.slug, a.language, a.publication.publishAt, a.updatedAt from Article a where"
			+ VISIBLE + "order by a.publication.publishAt desc, a.id desc")
	List<Object[]> findVisibleChangesWithLanguage(Instant now);

	/** Article id, language and slug of every translation of a visible article. */
	@Query(value = "select t.article_id, t.language, t.slug from article_translation t join article a"
			+ " on a.id = t.article_id where a.state = 'PUBLISHED' and a.publish_at <= :now", nativeQuery = true)
	List<Object[]> findVisibleTranslationSlugs(Instant now);

	@Query("select a.kind, a.publication.state, count(a) from Article a group by a.kind, a.publication.state")
	List<Object[]> countByKindAndState();

	@Query("select a.kind, count(a) from Article a"
			+ " where a.publication.state = org.treatyportal.publishing.PublicationState.PUBLISHED"
			+ " and a.publication.publishAt > :now group by a.kind")
	List<Object[]> countScheduledByKind(Instant now);

}
