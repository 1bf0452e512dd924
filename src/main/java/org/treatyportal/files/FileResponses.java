package org.treatyportal.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

import org.treatyportal.config.PortalProperties;

/**
 * Answers a request with a stored file, for the controllers of the features that own
 * files, once they have checked that the visitor may see it. It sends the type found at
 * upload, the name as RFC 6266 asks ({@code inline} for PDFs and images, else
 * {@code attachment}), a strong ETag (the SHA-256) and Last-Modified for conditional
 * requests (304), one byte range for {@code Range} requests (206, 416, honouring
 * {@code If-Range}), and streams the bytes from the {@link FileStore}.
 * <p>
 * An owner's controller: <pre class="code">
 * &#64;GetMapping("/news/{slug}/files/{id}/{name}")
 * void file(&#64;PathVariable String slug, &#64;PathVariable long id, HttpServletRequest request,
 *         HttpServletResponse response) throws IOException {
 *     StoredFileInfo file = this.articles.visibleAttachment(slug, id)
 *         .orElseThrow(() -&gt; new ResponseStatusException(HttpStatus.NOT_FOUND));
 *     this.fileResponses.serve(file, FileCaching.PUBLIC, request, response);
 * }
 * </pre>
 */
@Component
public class FileResponses {

	private static final Log logger = LogFactory.getLog(FileResponses.class);

	private static final int BUFFER_SIZE = 64 * 1024;

	private final FileStore store;

	private final String publicCacheControl;

	FileResponses(FileStore store, PortalProperties properties) {
		this.store = store;
		Duration maxAge = properties.files().publicMaxAge();
		this.publicCacheControl = CacheControl.maxAge(maxAge).cachePublic().getHeaderValue();
	}

	/**
	 * Writes the file, or part of it, or a 304 or 416, to the response. Call it from a
	 * {@code GET} mapping (which also answers {@code HEAD}) after checking visibility.
	 * @param file the file, e.g. from {@link FileStore#info} or {@link StoredFile#info()}
	 * @param caching {@link FileCaching#PUBLIC} for published content, else
	 * {@link FileCaching#PRIVATE}
	 */
	public void serve(StoredFileInfo file, FileCaching caching, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		String etag = "\"" + file.sha256() + "\"";
		long lastModified = file.createdAt().truncatedTo(ChronoUnit.SECONDS).toEpochMilli();
		response.setHeader(HttpHeaders.ETAG, etag);
		response.setDateHeader(HttpHeaders.LAST_MODIFIED, lastModified);
		response.setHeader(HttpHeaders.CACHE_CONTROL, switch (caching) {
			case PUBLIC -> this.publicCacheControl;
			case REVALIDATE -> "public, no-cache";
			case PRIVATE -> "private, no-store";
		});
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setHeader(HttpHeaders.ACCEPT_RANGES, "bytes");
		if (Conditions.notModified(request, etag, lastModified)) {
			response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
			return;
		}
		boolean get = "GET".equals(request.getMethod());
		ByteRange range = (get && Conditions.ifRangeHolds(request, etag, lastModified))
				? ByteRange.parse(request.getHeader(HttpHeaders.RANGE), file.size()) : null;
		if (range == ByteRange.UNSATISFIABLE) {
			response.setStatus(HttpServletResponse.SC_REQUESTED_RANGE_NOT_SATISFIABLE);
			response.setHeader(HttpHeaders.CONTENT_RANGE, "bytes */" + file.size());
			response.setContentLength(0);
			return;
		}
		response.setContentType(file.type().mediaType());
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, contentDisposition(file));
		long offset = 0;
		long length = file.size();
		if (range != null) {
			response.setStatus(HttpServletResponse.SC_PARTIAL_CONTENT);
			response.setHeader(HttpHeaders.CONTENT_RANGE, range.contentRange(file.size()));
			offset = range.first();
			length = range.length();
		}
		response.setContentLengthLong(length);
		if (!"HEAD".equals(request.getMethod())) {
			copy(file, offset, length, response);
		}
	}

	private static String contentDisposition(StoredFileInfo file) {
		ContentDisposition.Builder builder = file.type().isInline() ? ContentDisposition.inline()
				: ContentDisposition.attachment();
		return builder.filename(file.originalName(), StandardCharsets.UTF_8).build().toString();
	}

	/**
	 * Streams the bytes. A visitor who leaves mid-download (common: PDF viewers fetch a
	 * start and then ranges) is no error; a failure to read the file is.
	 */
	private void copy(StoredFileInfo file, long offset, long length, HttpServletResponse response) throws IOException {
		try (InputStream content = this.store.open(file.id(), offset, length)) {
			OutputStream out = response.getOutputStream();
			byte[] buffer = new byte[BUFFER_SIZE];
			for (int count = content.read(buffer); count != -1; count = content.read(buffer)) {
				try {
					out.write(buffer, 0, count);
				}
				catch (IOException ex) {
					logger.debug("The client left while file " + file.id() + " was being sent", ex);
					return;
				}
			}
		}
	}

	/** Conditional request headers (RFC 9110, section 13) for a file's validators. */
	static final class Conditions {

		private Conditions() {
		}

		/** If-None-Match (weak comparison) when present, else If-Modified-Since. */
		static boolean notModified(HttpServletRequest request, String etag, long lastModified) {
			String method = request.getMethod();
			if (!"GET".equals(method) && !"HEAD".equals(method)) {
				return false;
			}
			boolean hasIfNoneMatch = false;
			for (String header : Collections.list(request.getHeaders(HttpHeaders.IF_NONE_MATCH))) {
				hasIfNoneMatch = true;
				for (String tag : header.split(",")) {
					String candidate = tag.trim();
					if (candidate.equals("*") || weak(candidate).equals(etag)) {
						return true;
					}
				}
			}
			if (hasIfNoneMatch) {
				return false;
			}
			long since = date(request, HttpHeaders.IF_MODIFIED_SINCE);
			return since >= 0 && lastModified <= since;
		}

		/**
		 * Whether a range may be sent: there is no If-Range, or it names the current file
		 * by its strong ETag or its exact Last-Modified date.
		 */
		static boolean ifRangeHolds(HttpServletRequest request, String etag, long lastModified) {
			String ifRange = request.getHeader(HttpHeaders.IF_RANGE);
			if (ifRange == null) {
				return true;
			}
			String value = ifRange.trim();
			if (value.startsWith("\"") || value.toUpperCase(Locale.ROOT).startsWith("W/")) {
				return value.equals(etag);
			}
			return date(request, HttpHeaders.IF_RANGE) == lastModified;
		}

		private static String weak(String tag) {
			return tag.startsWith("W/") ? tag.substring(2) : tag;
		}

		/** The header as epoch milliseconds, or -1 when absent or not a date. */
		private static long date(HttpServletRequest request, String name) {
			try {
				return request.getDateHeader(name);
			}
			catch (IllegalArgumentException ex) {
				return -1;
			}
		}

	}

}
