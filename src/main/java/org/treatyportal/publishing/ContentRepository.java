package org.treatyportal.publishing;

import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.repository.NoRepositoryBean;

/**
 * What the editorial workflow needs of a content type's repository, so that finding,
 * listing, saving and deleting items and checking slugs are written once. A content
 * type's repository extends it and gives {@link #findForEditing} its query.
 *
 * @param <E> the entity
 */
@NoRepositoryBean
public interface ContentRepository<E extends EditableContent>
		extends JpaRepository<E, Long>, JpaSpecificationExecutor<E> {

	/** The item with this id and whatever its form shows, loaded for editing. */
	Optional<E> findForEditing(Long id);

	/** One page of the admin list, with the authors its rows name. */
	@Override
	@EntityGraph(attributePaths = { "author", "updatedBy" })
	Page<E> findAll(Specification<E> specification, Pageable pageable);

	boolean existsBySlug(String slug);

	boolean existsBySlugAndIdNot(String slug, Long id);

}
