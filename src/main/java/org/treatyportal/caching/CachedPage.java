package org.treatyportal.caching;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;

/**
 * A rendered page as sent: its content type, the headers it was sent with (the security
 * headers among them), its bytes and their gzip form, with the content generation it was
 * rendered in and the time it stays current.
 *
 * @param contentType the page's content type with its charset
 * @param headers the headers of the fresh render that every copy is sent with
 * @param body the page
 * @param gzipped the page compressed with gzip
 * @param etag strong entity tag of {@code body}, quoted
 * @param gzipEtag strong entity tag of {@code gzipped}, quoted
 * @param generation the content generation it was rendered in
 * @param storedAt when it was rendered
 * @param validUntil the next instant at which the page changes by itself
 */
record CachedPage(String contentType, List<Map.Entry<String, String>> headers, byte[] body, byte[] gzipped, String etag,
		String gzipEtag, long generation, Instant storedAt, Instant validUntil) {

	/** What a kept page costs besides its bytes: objects, key, headers. */
	private static final int OVERHEAD = 1024;

	static CachedPage of(String contentType, List<Map.Entry<String, String>> headers, byte[] body,
			ContentGeneration.Snapshot snapshot, Instant storedAt) {
		String tag = tag(body);
		return new CachedPage(contentType, List.copyOf(headers), body,
				StaticFiles.gzip(body, Deflater.DEFAULT_COMPRESSION), "\"" + tag + "\"", "\"" + tag + "-gzip\"",
				snapshot.generation(), storedAt, snapshot.validUntil());
	}

	/** Whether the page may be served for {@code snapshot} at {@code now}. */
	boolean isCurrent(ContentGeneration.Snapshot snapshot, Instant now) {
		return this.generation == snapshot.generation() && !now.isBefore(this.storedAt)
				&& now.isBefore(this.validUntil);
	}

	/** Memory the page takes, roughly and never less. */
	long size(String key) {
		long headerChars = this.headers.stream().mapToLong((h) -> h.getKey().length() + h.getValue().length()).sum();
		return this.body.length + this.gzipped.length + 2L * (key.length() + headerChars) + OVERHEAD;
	}

	private static String tag(byte[] body) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
			return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 18));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
