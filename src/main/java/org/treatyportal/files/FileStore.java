package org.treatyportal.files;

import java.io.InputStream;
import java.util.Optional;

/**
 * Where file contents live. {@link DatabaseFileStore} keeps them in PostgreSQL; an object
 * store can take its place behind this interface, the {@code stored_file} table staying
 * the catalogue. Files are immutable: there is no update.
 */
public interface FileStore {

	/**
	 * Stores a checked upload, computing its SHA-256, in the caller's transaction if
	 * there is one, so that a file and the row that uses it are saved together.
	 */
	StoredFile store(FileUpload upload);

	/** The file's metadata, without its bytes; empty if there is no such file. */
	Optional<StoredFileInfo> info(long id);

	/**
	 * Reads the whole content, streamed: the bytes are fetched while the stream is read.
	 * Reading fails with an {@link java.io.IOException} if the file does not exist.
	 */
	default InputStream open(long id) {
		return open(id, 0, Long.MAX_VALUE);
	}

	/**
	 * Reads part of the content, streamed.
	 * @param offset index of the first byte, from 0
	 * @param length the most bytes to read; fewer come when the file ends first
	 */
	InputStream open(long id, long offset, long length);

	/**
	 * Deletes the file. Rows of other tables that still point to it make this fail,
	 * unless their foreign key says otherwise.
	 * @return whether there was such a file
	 */
	boolean delete(long id);

}
