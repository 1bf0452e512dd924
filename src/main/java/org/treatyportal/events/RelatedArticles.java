package org.treatyportal.events;

import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import org.treatyportal.news.Article;

/**
 * The news items and press releases that events can point to: the choices of the event
 * form, and the chosen ones.
 */
interface RelatedArticles extends Repository<Article, Long> {

	List<Article> findByIdIn(Collection<Long> ids);

	@Query("select new org.treatyportal.events.ArticleChoice(a.id, a.title, a.kind, a.publication.publishAt, a.createdAt)"
			+ " from Article a order by coalesce(a.publication.publishAt, a.createdAt) desc, a.id desc")
	List<ArticleChoice> findChoices(Pageable pageable);

	@Query("select new org.treatyportal.events.ArticleChoice(a.id, a.title, a.kind, a.publication.publishAt, a.createdAt)"
			+ " from Article a where a.id in :ids")
	List<ArticleChoice> findChoices(Collection<Long> ids);

}
