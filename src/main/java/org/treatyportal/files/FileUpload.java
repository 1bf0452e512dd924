package org.treatyportal.files;

import java.io.IOException;
import java.io.InputStream;

import org.springframework.core.io.InputStreamSource;

/**
 * An upload that passed {@link FileUploads#validate}: its kind is known from its bytes
 * and allowed, its name is safe. Only that check makes one, so a {@link FileStore} never
 * sees an unchecked file.
 */
public final class FileUpload {

	private final String originalName;

	private final FileType type;

	private final long size;

	private final InputStreamSource content;

	private final Long createdBy;

	FileUpload(String originalName, FileType type, long size, InputStreamSource content, Long createdBy) {
		this.originalName = originalName;
		this.type = type;
		this.size = size;
		this.content = content;
		this.createdBy = createdBy;
	}

	/** The sanitised name, with an extension that matches the type. */
	public String originalName() {
		return this.originalName;
	}

	/** The kind detected from the bytes. */
	public FileType type() {
		return this.type;
	}

	/** The number of bytes. */
	public long size() {
		return this.size;
	}

	/** Opens the bytes; each call starts again from the first byte. */
	public InputStream openContent() throws IOException {
		return this.content.getInputStream();
	}

	/** The account that uploaded it, or {@code null} (e.g. an import). */
	public Long createdBy() {
		return this.createdBy;
	}

}
