package org.treatyportal.revisions;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * Revisions of all content types.
 */
interface RevisionRepository extends JpaRepository<Revision, Long> {

	List<Revision> findByContentTypeAndContentIdOrderByNumberDesc(String contentType, long contentId);

	Optional<Revision> findByContentTypeAndContentIdAndNumber(String contentType, long contentId, int number);

	Optional<Revision> findFirstByContentTypeAndContentIdAndEntityVersionOrderByNumberDesc(String contentType,
			long contentId, long entityVersion);

	@Query("select coalesce(max(r.number), 0) from Revision r where r.contentType = :contentType and r.contentId = :contentId")
	int lastNumber(String contentType, long contentId);

	void deleteByContentTypeAndContentId(String contentType, long contentId);

}
