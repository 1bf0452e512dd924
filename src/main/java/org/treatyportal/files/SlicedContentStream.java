package org.treatyportal.files;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;

/**
 * A stored file's content read a slice at a time, only as far as the reader goes.
 * Skipping moves the position without reading, so a range starts where it should.
 */
final class SlicedContentStream extends InputStream {

	private final SliceReader reader;

	private final long id;

	/** Index in the file of the next byte to fetch. */
	private long position;

	/** Index in the file after the last byte to read, or {@link Long#MAX_VALUE}. */
	private long end;

	private byte[] slice = new byte[0];

	private int inSlice;

	private boolean closed;

	SlicedContentStream(SliceReader reader, long id, long offset, long length) {
		this.reader = reader;
		this.id = id;
		this.position = offset;
		this.end = (length > Long.MAX_VALUE - offset) ? Long.MAX_VALUE : offset + length;
	}

	@Override
	public int read() throws IOException {
		if (!fill()) {
			return -1;
		}
		return this.slice[this.inSlice++] & 0xFF;
	}

	@Override
	public int read(byte[] buffer, int offset, int length) throws IOException {
		Objects.checkFromIndexSize(offset, length, buffer.length);
		if (length == 0) {
			return 0;
		}
		if (!fill()) {
			return -1;
		}
		int count = Math.min(length, this.slice.length - this.inSlice);
		System.arraycopy(this.slice, this.inSlice, buffer, offset, count);
		this.inSlice += count;
		return count;
	}

	@Override
	public long skip(long count) throws IOException {
		ensureOpen();
		if (count <= 0) {
			return 0;
		}
		long inBuffer = Math.min(count, this.slice.length - this.inSlice);
		this.inSlice += (int) inBuffer;
		long beyond = Math.min(count - inBuffer, this.end - this.position);
		this.position += beyond;
		return inBuffer + beyond;
	}

	@Override
	public int available() {
		return this.slice.length - this.inSlice;
	}

	@Override
	public void close() {
		this.closed = true;
		this.slice = new byte[0];
		this.inSlice = 0;
	}

	/** Makes sure there is a byte to read; {@code false} at the end. */
	private boolean fill() throws IOException {
		ensureOpen();
		if (this.inSlice < this.slice.length) {
			return true;
		}
		if (this.position >= this.end) {
			return false;
		}
		int length = (int) Math.min(DatabaseFileStore.SLICE_SIZE, this.end - this.position);
		byte[] next = this.reader.read(this.id, this.position, length);
		if (next == null) {
			throw new FileNotFoundException("There is no stored file " + this.id);
		}
		this.slice = next;
		this.inSlice = 0;
		this.position += next.length;
		if (next.length < length) {
			// The file ends before the range does.
			this.end = this.position;
		}
		return next.length > 0;
	}

	private void ensureOpen() throws IOException {
		if (this.closed) {
			throw new IOException("Stream closed");
		}
	}

	/** Fetches a slice; {@code null} when the file does not exist. */
	@FunctionalInterface
	interface SliceReader {

		byte[] read(long id, long offset, int length);

	}

}
