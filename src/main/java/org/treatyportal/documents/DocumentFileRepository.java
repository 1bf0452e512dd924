package org.treatyportal.documents;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/**
 * The files of documents, every version of every language. Lists read
 * {@link FileVersion}s, never the extracted text.
 */
interface DocumentFileRepository extends JpaRepository<DocumentFile, Long> {

	String VERSION = "select new org.treatyportal.documents.FileVersion(f.id, f.documentId, f.language, f.authentic,"
			+ " f.version, f.current, s.id, s.originalName, s.contentType, s.size, f.extractionNote, f.uploadedAt,"
			+ " length(f.extractedText)) from DocumentFile f join f.file s ";

	@Query(VERSION + "where f.documentId in :documentIds and f.current = true order by f.language")
	List<FileVersion> findCurrent(Collection<Long> documentIds);

	@Query(VERSION + "where f.documentId = :documentId order by f.language, f.version desc")
	List<FileVersion> findVersions(long documentId);

	@Query("select f from DocumentFile f join fetch f.file"
			+ " where f.documentId = :documentId and f.language = :language and f.current = true")
	Optional<DocumentFile> findCurrent(long documentId, String language);

	@Query("select f from DocumentFile f join fetch f.file where f.id = :id and f.documentId = :documentId")
	Optional<DocumentFile> findVersion(long documentId, long id);

	@Query("select coalesce(max(f.version), 0) from DocumentFile f where f.documentId = :documentId and f.language = :language")
	int findLastVersion(long documentId, String language);

	/**
	 * Makes the current version of a language an older one, before its replacement is
	 * added.
	 */
	@Modifying(flushAutomatically = true)
	@Query("update DocumentFile f set f.current = false where f.documentId = :documentId and f.language = :language"
			+ " and f.current = true")
	int retireCurrent(long documentId, String language);

	@Query("select f.file.id from DocumentFile f where f.documentId = :documentId and f.language = :language")
	List<Long> findFileIds(long documentId, String language);

	@Query("select f.file.id from DocumentFile f where f.documentId = :documentId")
	List<Long> findFileIds(long documentId);

	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("delete from DocumentFile f where f.documentId = :documentId and f.language = :language")
	int deleteLanguage(long documentId, String language);

	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("delete from DocumentFile f where f.documentId = :documentId")
	int deleteAllOf(long documentId);

}
