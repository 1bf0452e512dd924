package org.treatyportal.files;

import java.time.Instant;

/**
 * What is known about a stored file without reading its bytes.
 *
 * @param id the file's id, which owners keep in their own tables
 * @param type the kind detected from the bytes when it was stored
 * @param size number of bytes
 * @param sha256 SHA-256 of the bytes, 64 lower-case hexadecimal digits
 * @param originalName the sanitised name it was uploaded with
 * @param createdAt when it was stored
 * @param createdBy the account that uploaded it, or {@code null}
 */
public record StoredFileInfo(long id, FileType type, long size, String sha256, String originalName, Instant createdAt,
		Long createdBy) {
}
