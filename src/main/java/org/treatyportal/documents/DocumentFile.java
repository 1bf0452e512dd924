package org.treatyportal.documents;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.treatyportal.files.StoredFile;

/**
 * One version of one language of a document: its stored file, whether it is the current
 * one, and its text for search. Versions are never changed but for the current and
 * authentic marks; replacing a file adds a version.
 */
@Entity
@Table(name = "document_file")
public class DocumentFile {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "document_id", nullable = false)
	private Long documentId;

	@Column(nullable = false)
	private String language;

	@Column(nullable = false)
	private boolean authentic;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "file_id")
	private StoredFile file;

	@Column(nullable = false)
	private int version;

	@Column(nullable = false)
	private boolean current;

	@Column(name = "extracted_text")
	private String extractedText;

	@Enumerated(EnumType.STRING)
	@Column(name = "extraction_note")
	private ExtractionNote extractionNote;

	@Column(name = "uploaded_at", nullable = false)
	private Instant uploadedAt;

	@Column(name = "uploaded_by")
	private Long uploadedBy;

	protected DocumentFile() {
	}

	DocumentFile(Long documentId, String language, boolean authentic, StoredFile file, int version, ExtractedText text,
			Instant uploadedAt, Long uploadedBy) {
		this.documentId = documentId;
		this.language = language;
		this.authentic = authentic;
		this.file = file;
		this.version = version;
		this.current = true;
		this.extractedText = text.text();
		this.extractionNote = text.note();
		this.uploadedAt = uploadedAt;
		this.uploadedBy = uploadedBy;
	}

	public Long getId() {
		return this.id;
	}

	public Long getDocumentId() {
		return this.documentId;
	}

	/** Canonical BCP 47 tag. */
	public String getLanguage() {
		return this.language;
	}

	public boolean isAuthentic() {
		return this.authentic;
	}

	void setAuthentic(boolean authentic) {
		this.authentic = authentic;
	}

	public StoredFile getFile() {
		return this.file;
	}

	public int getVersion() {
		return this.version;
	}

	public boolean isCurrent() {
		return this.current;
	}

	/** The text read from the file, for search, or {@code null}. */
	public String getExtractedText() {
		return this.extractedText;
	}

	public ExtractionNote getExtractionNote() {
		return this.extractionNote;
	}

	public Instant getUploadedAt() {
		return this.uploadedAt;
	}

	public Long getUploadedBy() {
		return this.uploadedBy;
	}

}
