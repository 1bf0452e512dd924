package org.treatyportal.news;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * Article categories.
 */
interface CategoryRepository extends JpaRepository<Category, Long> {

	Optional<Category> findBySlug(String slug);

}
