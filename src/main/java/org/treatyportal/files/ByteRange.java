package org.treatyportal.files;

import java.util.Locale;

/**
 * The one byte range a {@code Range} header asks for (RFC 9110, section 14), as first and
 * last index in a file of known size.
 *
 * @param first index of the first byte
 * @param last index of the last byte, inclusive
 */
record ByteRange(long first, long last) {

	/** A range that starts past the end of the file: the answer is 416. */
	static final ByteRange UNSATISFIABLE = new ByteRange(-1, -1);

	private static final String UNIT = "bytes=";

	/**
	 * Reads a {@code Range} header. The whole file is sent (the result is {@code null})
	 * when there is no header, another unit, a malformed one, or several ranges: the RFC
	 * lets a server ignore a range, and one file of a few megabytes is cheaper to send
	 * whole than as a multipart answer.
	 * @return the range, {@link #UNSATISFIABLE}, or {@code null} for the whole file
	 */
	static ByteRange parse(String header, long size) {
		if (header == null) {
			return null;
		}
		String value = header.trim();
		if (!value.toLowerCase(Locale.ROOT).startsWith(UNIT)) {
			return null;
		}
		String spec = value.substring(UNIT.length()).trim();
		if (spec.indexOf(',') >= 0) {
			return null;
		}
		int dash = spec.indexOf('-');
		if (dash < 0) {
			return null;
		}
		String from = spec.substring(0, dash).trim();
		String to = spec.substring(dash + 1).trim();
		if (from.isEmpty()) {
			// bytes=-n: the last n bytes
			long suffix = digits(to);
			if (suffix < 0) {
				return null;
			}
			if (suffix == 0 || size == 0) {
				return UNSATISFIABLE;
			}
			return new ByteRange(Math.max(0, size - suffix), size - 1);
		}
		long first = digits(from);
		long last = to.isEmpty() ? Long.MAX_VALUE : digits(to);
		if (first < 0 || last < 0 || last < first) {
			return null;
		}
		if (first >= size) {
			return UNSATISFIABLE;
		}
		return new ByteRange(first, Math.min(last, size - 1));
	}

	/** The number of bytes in the range. */
	long length() {
		return this.last - this.first + 1;
	}

	/** The value of {@code Content-Range} for this range of a file of the size. */
	String contentRange(long size) {
		return "bytes " + this.first + "-" + this.last + "/" + size;
	}

	/**
	 * A decimal number of ASCII digits, {@link Long#MAX_VALUE} when too big, -1 when not
	 * a number.
	 */
	private static long digits(String text) {
		if (text.isEmpty()) {
			return -1;
		}
		long value = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c < '0' || c > '9') {
				return -1;
			}
			value = (value > (Long.MAX_VALUE - (c - '0')) / 10) ? Long.MAX_VALUE : value * 10 + (c - '0');
		}
		return value;
	}

}
