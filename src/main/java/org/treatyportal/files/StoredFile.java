package org.treatyportal.files;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A stored file's metadata as an entity, so that owners can map their references
 * ({@code @ManyToOne(fetch = LAZY) StoredFile file}) and fetch names and sizes of a list
 * of attachments in one query. The bytes are not mapped: they are written and read only
 * through the {@link FileStore}. Files never change; replacing one stores another.
 */
@Entity
@Immutable
@Table(name = "stored_file")
public class StoredFile {

	@Id
	private Long id;

	@Column(nullable = false)
	private long size;

	@JdbcTypeCode(SqlTypes.CHAR)
	@Column(nullable = false, length = 64)
	private String sha256;

	@Column(name = "content_type", nullable = false)
	private String contentType;

	@Column(name = "original_name", nullable = false)
	private String originalName;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "created_by")
	private Long createdBy;

	protected StoredFile() {
	}

	public Long getId() {
		return this.id;
	}

	public long getSize() {
		return this.size;
	}

	public String getSha256() {
		return this.sha256;
	}

	public FileType getType() {
		return FileType.ofMediaType(this.contentType);
	}

	public String getOriginalName() {
		return this.originalName;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Long getCreatedBy() {
		return this.createdBy;
	}

	/** The same facts as a value, e.g. to serve the file with {@link FileResponses}. */
	public StoredFileInfo info() {
		return new StoredFileInfo(this.id, getType(), this.size, this.sha256, this.originalName, this.createdAt,
				this.createdBy);
	}

}
