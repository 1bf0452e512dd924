package org.treatyportal.documents;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.treatyportal.files.FileStore;
import org.treatyportal.files.FileUpload;
import org.treatyportal.files.FileUploads;
import org.treatyportal.files.StoredFile;
import org.treatyportal.files.UploadPolicy;

/**
 * Adds a published document with its files in one step, for documents that arrive from
 * outside the editors' screens (the demo content). A document whose slug exists is left
 * as it is, so importing again never overwrites an editor's work. Nodes that import at
 * the same moment (several starting together) take turns, under a PostgreSQL advisory
 * lock, so each document is made once.
 */
@Service
public class DocumentImport {

	private final DocumentRepository documents;

	private final DocumentFileRepository files;

	private final DocumentEvents events;

	private final FileUploads uploads;

	private final FileStore fileStore;

	/** The advisory lock that nodes importing documents take in turn. */
	private static final long IMPORT_LOCK = 0x7472656174794444L;

	private final PdfTextExtractor extractor;

	private final JdbcClient jdbc;

	DocumentImport(DocumentRepository documents, DocumentFileRepository files, DocumentEvents events,
			FileUploads uploads, FileStore fileStore, PdfTextExtractor extractor, JdbcClient jdbc) {
		this.documents = documents;
		this.files = files;
		this.events = events;
		this.uploads = uploads;
		this.fileStore = fileStore;
		this.extractor = extractor;
		this.jdbc = jdbc;
	}

	/**
	 * Creates the document, published at the instant given, with its files checked,
	 * stored and their text read, unless its slug is taken.
	 * @return whether it was created
	 */
	@Transactional
	public boolean add(Imported imported) {
		// Held until this transaction ends: another node looks for the slug only once
		// this one's document is committed.
		this.jdbc.sql("select pg_advisory_xact_lock(:key)").param("key", IMPORT_LOCK).query().singleRow();
		if (this.documents.findBySlug(imported.slug()).isPresent()) {
			return false;
		}
		Document document = new Document(imported.slug(), imported.title(), imported.published());
		document.setSummary(imported.description());
		document.setType(imported.type());
		document.setDate(imported.date());
		document.setTreatyNumber(imported.treaty());
		if (imported.event() != null) {
			document.setEvent(this.events.findBySlug(imported.event()).orElse(null));
		}
		document.getCountries().addAll(imported.countries());
		document.getPublication().publish(imported.published());
		Document saved = this.documents.saveAndFlush(document);
		for (ImportedFile file : imported.files()) {
			FileUpload upload = this.uploads.validate(file.name(), file.content().length,
					new ByteArrayResource(file.content()), UploadPolicy.ATTACHMENTS);
			StoredFile stored = this.fileStore.store(upload);
			ExtractedText text = this.extractor.extract(List.of(upload)).get(0);
			this.files.save(new DocumentFile(saved.getId(), file.language(), file.authentic(), stored, 1, text,
					imported.published(), null));
		}
		return true;
	}

	/**
	 * A document to import.
	 *
	 * @param slug its address in the library
	 * @param title its title
	 * @param type what kind of document it is
	 * @param date its own date (adoption, publication), or {@code null}
	 * @param treaty the number of the treaty it belongs to, or {@code null}
	 * @param event the slug of the event it belongs to, or {@code null}
	 * @param countries the ISO codes of the countries it concerns
	 * @param description its summary
	 * @param published when it was published
	 * @param files its files, one per language
	 */
	public record Imported(String slug, String title, DocumentType type, LocalDate date, Integer treaty, String event,
			Set<String> countries, String description, Instant published, List<ImportedFile> files) {
	}

	/**
	 * One language version of an imported document.
	 *
	 * @param language its BCP 47 tag
	 * @param authentic whether it is an authentic text rather than a translation
	 * @param name the file's name
	 * @param content the file's bytes
	 */
	public record ImportedFile(String language, boolean authentic, String name, byte[] content) {
	}

}
