package org.treatyportal.revisions;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A snapshot of an item's editable fields as one save left them, numbered from 1 per
 * item, with who saved it, when, and an optional note.
 */
@Entity
@Table(name = "revision")
public class Revision {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "content_type", nullable = false)
	private String contentType;

	@Column(name = "content_id", nullable = false)
	private long contentId;

	@Column(nullable = false)
	private int number;

	@Column(name = "entity_version", nullable = false)
	private long entityVersion;

	@Convert(converter = FieldsConverter.class)
	@Column(nullable = false)
	private Map<String, String> fields = new LinkedHashMap<>();

	@Column(name = "author_id")
	private Long authorId;

	@Column(name = "author_email")
	private String authorEmail;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	private String note;

	protected Revision() {
	}

	Revision(ContentRef content, int number, long entityVersion, Map<String, String> fields, Long authorId,
			String authorEmail, Instant createdAt, String note) {
		this.contentType = content.type();
		this.contentId = content.id();
		this.number = number;
		this.entityVersion = entityVersion;
		this.fields = new LinkedHashMap<>(fields);
		this.authorId = authorId;
		this.authorEmail = authorEmail;
		this.createdAt = createdAt;
		this.note = note;
	}

	public int getNumber() {
		return this.number;
	}

	/** The item's optimistic-locking version right after this save. */
	public long getEntityVersion() {
		return this.entityVersion;
	}

	/** Field name to value, in the order the form shows them. */
	public Map<String, String> getFields() {
		return this.fields;
	}

	/** The author's account id, or {@code null} when nobody was signed in. */
	public Long getAuthorId() {
		return this.authorId;
	}

	public String getAuthorEmail() {
		return this.authorEmail;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public String getNote() {
		return this.note;
	}

}
