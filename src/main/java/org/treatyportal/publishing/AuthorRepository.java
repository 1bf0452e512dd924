package org.treatyportal.publishing;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * The accounts that can author content, read only: the admin list's author filter and who
 * is saving now.
 */
public interface AuthorRepository extends JpaRepository<Author, Long> {

	Optional<Author> findByEmail(String email);

}
