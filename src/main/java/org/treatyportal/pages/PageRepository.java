package org.treatyportal.pages;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;

import org.treatyportal.publishing.ContentRepository;
import org.treatyportal.publishing.LanguageVersions;

/**
 * Static pages.
 */
interface PageRepository extends ContentRepository<StaticPage> {

	String VISIBLE = " p.publication.state = org.treatyportal.publishing.PublicationState.PUBLISHED"
			+ " and p.publication.publishAt <= :now ";

	Optional<StaticPage> findBySlug(String slug);

	@Override
	@Query("select p from StaticPage p where p.id = :id")
	Optional<StaticPage> findForEditing(Long id);

	@Query("select p from StaticPage p where p.slug = :slug and" + VISIBLE)
	Optional<StaticPage> findVisibleBySlug(String slug, Instant now);

	/**
	 * The visible pages whose original or one of whose translations has the slug; more
	 * than one where one language's slug is another page's in another.
	 */
	default List<StaticPage> findVisibleByAnySlug(String slug, Instant now) {
		return LanguageVersions.foundBySlug(findVisibleByOwnSlug(slug, now), findVisibleByTranslationSlug(slug, now));
	}

	@Query("select p from StaticPage p where p.slug = :slug and" + VISIBLE)
	List<StaticPage> findVisibleByOwnSlug(String slug, Instant now);

	@Query("select distinct p from StaticPage p join p.translations t where t.slug = :slug and" + VISIBLE)
	List<StaticPage> findVisibleByTranslationSlug(String slug, Instant now);

	@Query("select p from StaticPage p where" + VISIBLE + "order by p.slug")
	List<StaticPage> findVisible(Instant now);

	/**
	 * The links only, each in the language or else in its page's original, without
	 * loading the pages: the menu is on every page of the site. Rows of title, slug and
	 * the original's language where the language has no version.
	 */
	@Query(value = "select coalesce(t.title, p.title), coalesce(t.slug, p.slug),"
			+ " case when t.page_id is null and p.language <> :language then p.language end"
			+ " from page p left join page_translation t on t.page_id = p.id and t.language = :language"
			+ " and p.language <> :language"
			+ " where p.menu_position is not null and p.state = 'PUBLISHED' and p.publish_at <= :now"
			+ " order by p.menu_position", nativeQuery = true)
	List<Object[]> findVisibleMenuLinks(Instant now, String language);

	/** The footer's links, as {@link #findVisibleMenuLinks} gives the menu's. */
	@Query(value = "select coalesce(t.title, p.title), coalesce(t.slug, p.slug),"
			+ " case when t.page_id is null and p.language <> :language then p.language end"
			+ " from page p left join page_translation t on t.page_id = p.id and t.language = :language"
			+ " and p.language <> :language"
			+ " where p.footer_position is not null and p.state = 'PUBLISHED' and p.publish_at <= :now"
			+ " order by p.footer_position", nativeQuery = true)
	List<Object[]> findVisibleFooterLinks(Instant now, String language);

	@Query("select p from StaticPage p where p.menuPosition is not null order by p.menuPosition")
	List<StaticPage> findInMenu();

	@Query("select coalesce(max(p.menuPosition), 0) from StaticPage p")
	int lastMenuPosition();

	@Query("select coalesce(max(p.footerPosition), 0) from StaticPage p")
	int lastFooterPosition();

}
