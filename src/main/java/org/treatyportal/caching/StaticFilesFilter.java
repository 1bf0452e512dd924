package org.treatyportal.caching;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.servlet.filter.OrderedFilter;
import org.springframework.http.HttpHeaders;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Serves static files at their hashed addresses from memory, first of all filters: the
 * address changes with the content, so the answer may be kept for a year by anyone. Other
 * addresses, the unhashed ones of static files included, go on as before.
 */
@Component
class StaticFilesFilter extends OncePerRequestFilter implements OrderedFilter {

	static final String IMMUTABLE = "public, max-age=31536000, immutable";

	/** Nothing a static file does needs more; an SVG opened on its own runs no script. */
	static final String CONTENT_SECURITY_POLICY = "default-src 'none'; img-src 'self' data:; "
			+ "style-src 'unsafe-inline'; frame-ancestors 'none'";

	private final StaticFiles files;

	StaticFilesFilter(StaticFiles files) {
		this.files = files;
	}

	@Override
	public int getOrder() {
		// Before Spring Session's filter: a file never needs the visitor's session.
		return SessionRepositoryFilter.DEFAULT_ORDER - 20;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String method = request.getMethod();
		StaticFiles.StaticFile file = ("GET".equals(method) || "HEAD".equals(method))
				? this.files.file(request.getRequestURI()) : null;
		if (file == null) {
			chain.doFilter(request, response);
			return;
		}
		boolean gzip = file.gzipped() != null && PageCacheFilter.acceptsGzip(request);
		response.setHeader(HttpHeaders.CACHE_CONTROL, IMMUTABLE);
		response.setHeader(HttpHeaders.ETAG,
				gzip ? file.etag().substring(0, file.etag().length() - 1) + "-gzip\"" : file.etag());
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
		if (file.gzipped() != null) {
			response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
		}
		if (request.getHeader(HttpHeaders.IF_NONE_MATCH) != null
				|| request.getHeader(HttpHeaders.IF_MODIFIED_SINCE) != null) {
			// The address names the content: whatever version the client has is this one.
			response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
			return;
		}
		byte[] body = gzip ? file.gzipped() : file.bytes();
		if (gzip) {
			response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
		}
		response.setContentType(file.contentType());
		response.setContentLength(body.length);
		if (!"HEAD".equals(method)) {
			response.getOutputStream().write(body);
		}
	}

}
