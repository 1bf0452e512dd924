package org.treatyportal.pages;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;

import org.treatyportal.publishing.ContentRepository;

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

	@Query("select p from StaticPage p where" + VISIBLE + "order by p.slug")
	List<StaticPage> findVisible(Instant now);

	/**
	 * The links only, without loading the pages: the menu is on every page of the site.
	 */
	@Query("select new org.treatyportal.pages.MenuLink(p.title, concat('/', p.slug)) from StaticPage p"
			+ " where p.menuPosition is not null and" + VISIBLE + "order by p.menuPosition")
	List<MenuLink> findVisibleMenuLinks(Instant now);

	@Query("select p from StaticPage p where p.menuPosition is not null order by p.menuPosition")
	List<StaticPage> findInMenu();

	@Query("select coalesce(max(p.menuPosition), 0) from StaticPage p")
	int lastMenuPosition();

}
