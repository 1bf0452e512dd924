package org.treatyportal.caching;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.servlet.filter.OrderedFilter;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import org.treatyportal.web.Languages;

/**
 * Serves anonymous visitors' public pages from memory, before the security filters and
 * the rendering: a GET or HEAD of a page kept for its exact address (path and query as
 * the client sent them) in the current content generation is answered with the bytes and
 * headers of its fresh render, gzip-compressed when the client accepts it, with a strong
 * {@code ETag}, {@code 304}s and {@code Cache-Control: public}. Anything else goes on to
 * the application; an anonymous page it renders with status 200 is kept, unless it set a
 * cookie or opened a session (a form with a CSRF token does). Requests of a signed-in
 * user never touch the cache and are marked {@code private, no-store}.
 * <p>
 * It is longer than most files because what may be kept, what is sent and what happens
 * while the database is down are one decision per request; split, a reader could no
 * longer check in one place that a signed-in page is never kept.
 */
@Component
class PageCacheFilter extends OncePerRequestFilter implements OrderedFilter {

	/** What the security filters would send: said here first, so that they leave it. */
	static final String NO_STORE = "no-cache, no-store, max-age=0, must-revalidate";

	static final String PRIVATE = "private, no-store";

	/**
	 * Before everything that does work per request, the NUL byte check and the security
	 * filters included: a kept page is a 200, which neither gives.
	 */
	static final int ORDER = SecurityFilterProperties.DEFAULT_FILTER_ORDER - 10;

	/**
	 * Files (attachments, documents' files) and the health check: never kept, and they
	 * take no render turn either ({@link RenderTurnsFilter}).
	 */
	static final String FILES_AND_HEALTH = "^(/[a-z]{2})?/(actuator|attachments)(/.*)?$"
			+ "|^(/[a-z]{2})?/documents/[^/]+/[^/]+$";

	/** Addresses never kept: the admin area, sign-in, files and what is not a page. */
	private static final Pattern NEVER_KEPT = Pattern
		.compile("^(/[a-z]{2})?/(admin|login|logout|password-reset|error|test-support)(/.*)?$|" + FILES_AND_HEALTH);

	/** Headers of a fresh render that copies do not repeat: said again for each copy. */
	private static final Set<String> NOT_KEPT_HEADERS = Set.of("cache-control", "pragma", "expires", "etag",
			"last-modified", "content-length", "content-type", "date", "transfer-encoding", "vary", "set-cookie",
			"content-encoding", "connection", "keep-alive");

	private static final Set<String> SECURITY_HEADERS = Set.of("content-security-policy", "x-content-type-options",
			"x-frame-options", "referrer-policy", "permissions-policy", "strict-transport-security",
			"cross-origin-opener-policy", "cross-origin-resource-policy", "cross-origin-embedder-policy");

	/**
	 * Addresses of which there are as many as visitors can type: kept only when asked for
	 * a second time, so that a flood of searches never asked before does not push the
	 * pages everyone reads out of the cache.
	 */
	private static final Pattern KEPT_WHEN_REPEATED = Pattern.compile("^(/[a-z]{2})?/search$");

	/** How many such addresses asked for once are remembered. */
	private static final int REMEMBERED_ONCE = 10_000;

	/** API addresses, which answer in JSON. */
	private static final Pattern API = Pattern.compile("^(/[a-z]{2})?/api(/.*)?$");

	private static final Log logger = LogFactory.getLog(PageCacheFilter.class);

	private final PageCache cache;

	private final ContentGeneration generation;

	private final Clock clock;

	private final CacheProperties properties;

	/** The anonymous pages being rendered, each done when its render ends. */
	private final Map<String, CompletableFuture<Void>> rendering = new ConcurrentHashMap<>();

	/** Addresses kept only when repeated that were asked for once lately. */
	private final Map<String, Boolean> askedOnce = new LinkedHashMap<>(256, 0.75f, true) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
			return size() > REMEMBERED_ONCE;
		}

	};

	/**
	 * The security headers of the last page kept, for pages sent without the security
	 * filters.
	 */
	private volatile List<Map.Entry<String, String>> securityHeaders = List.of();

	PageCacheFilter(ContentGeneration generation, Clock clock, CacheProperties properties) {
		this.generation = generation;
		this.clock = clock;
		this.properties = properties;
		this.cache = new PageCache(properties.maxSize().toBytes(), properties.maxPageSize().toBytes());
	}

	@Override
	public int getOrder() {
		return ORDER;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			serve(request, response, chain);
		}
		catch (ServletException | IOException | RuntimeException ex) {
			if (!DatabaseFailures.isUnreachable(ex) || response.isCommitted()) {
				throw ex;
			}
			this.generation.failed();
			logger.warn("The database cannot be reached: " + request.getRequestURI() + " answered 503");
			unavailable(request, response);
		}
	}

	private void serve(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (isSignedIn(request)) {
			response.setHeader(HttpHeaders.CACHE_CONTROL, PRIVATE);
			chain.doFilter(request, response);
			return;
		}
		if (this.cache.isOff() || !isPageRequest(request)) {
			chain.doFilter(request, response);
			return;
		}
		String key = key(request);
		if (key == null) {
			chain.doFilter(request, response);
			return;
		}
		Instant now = this.clock.instant();
		ContentGeneration.Snapshot current = currentGeneration(now);
		CachedPage kept = this.cache.get(key);
		if (kept != null && (current == null || kept.isCurrent(current, now))) {
			send(kept, request, response, now, current == null);
			return;
		}
		if (current == null) {
			if (this.generation.isDown()) {
				// The database is down and the page was never kept: no waiting for it.
				unavailable(request, response);
			}
			else {
				// Only busy: the page is rendered as without the cache.
				chain.doFilter(request, response);
			}
			return;
		}
		// What the render keeps per generation takes the generation just read.
		request.setAttribute(PerGeneration.SNAPSHOT, current);
		response.setHeader(HttpHeaders.CACHE_CONTROL, NO_STORE);
		response.setHeader(HttpHeaders.PRAGMA, "no-cache");
		response.setHeader(HttpHeaders.EXPIRES, "0");
		if (!"GET".equals(request.getMethod()) || request.getSession(false) != null || isFirstAsking(request, key)) {
			chain.doFilter(request, response);
			markPrivateIfSession(request, response);
			return;
		}
		// The same address asked while it renders (just after a change, a page many
		// visitors read) waits for that render, before taking a turn of its own, and is
		// sent the page it kept when that is current for it. That render may have begun
		// a moment before this request read the clock: the page is checked at the time
		// the wait ended.
		CompletableFuture<Void> rendering = new CompletableFuture<>();
		CompletableFuture<Void> other = this.rendering.putIfAbsent(key, rendering);
		if (other != null) {
			other.join();
			CachedPage rendered = this.cache.get(key);
			Instant waited = this.clock.instant();
			if (rendered != null && rendered.isCurrent(current, waited)) {
				send(rendered, request, response, waited, false);
				return;
			}
			render(key, current, now, request, response, chain);
			return;
		}
		try {
			render(key, current, now, request, response, chain);
		}
		finally {
			this.rendering.remove(key, rendering);
			rendering.complete(null);
		}
	}

	/** Renders an anonymous page, and keeps it when it may be. */
	private void render(String key, ContentGeneration.Snapshot current, Instant now, HttpServletRequest request,
			HttpServletResponse response, FilterChain chain) throws ServletException, IOException {
		BufferingResponse held = new BufferingResponse(response, this.cache.maxPageBytes());
		chain.doFilter(request, held);
		if (held.isHeldBack() && mayKeep(request, response) && this.clock.instant().isBefore(current.validUntil())) {
			CachedPage page = CachedPage.of(response.getContentType(), keptHeaders(response), held.body(), current,
					now);
			this.cache.put(key, page);
			this.securityHeaders = page.headers()
				.stream()
				.filter((header) -> SECURITY_HEADERS.contains(header.getKey().toLowerCase(Locale.ROOT)))
				.toList();
			response.reset();
			send(page, request, response, now, false);
			return;
		}
		markPrivateIfSession(request, response);
		held.release();
	}

	/**
	 * Sends the kept page of a request that carries no session, if there is one for its
	 * address in the current generation (or the database is down): what
	 * {@link SessionlessPageFilter} asks before Spring Session looks for a session.
	 * @return whether the page was sent
	 */
	boolean serveKept(HttpServletRequest request, HttpServletResponse response) throws IOException {
		if (this.cache.isOff() || !isPageRequest(request) || isSignedIn(request)) {
			return false;
		}
		String key = key(request);
		CachedPage kept = (key != null) ? this.cache.get(key) : null;
		if (kept == null) {
			return false;
		}
		Instant now = this.clock.instant();
		ContentGeneration.Snapshot current = currentGeneration(now);
		if (current != null && !kept.isCurrent(current, now)) {
			return false;
		}
		send(kept, request, response, now, current == null);
		return true;
	}

	/**
	 * Answers 503 with {@code Retry-After}: the friendly page, or JSON for the API, with
	 * the security headers a page has.
	 */
	private void unavailable(HttpServletRequest request, HttpServletResponse response)
			throws ServletException, IOException {
		List<Map.Entry<String, String>> headers = keptHeaders(response).stream()
			.filter((header) -> SECURITY_HEADERS.contains(header.getKey().toLowerCase(Locale.ROOT)))
			.toList();
		response.reset();
		for (Map.Entry<String, String> header : headers.isEmpty() ? this.securityHeaders : headers) {
			response.addHeader(header.getKey(), header.getValue());
		}
		if (API.matcher(request.getRequestURI()).matches()) {
			response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
			response.setHeader(HttpHeaders.RETRY_AFTER, UnavailablePageController.RETRY_AFTER);
			response.setHeader(HttpHeaders.CACHE_CONTROL, NO_STORE);
			response.setContentType("application/json");
			response.getWriter().write("{\"status\":503,\"error\":\"service unavailable\"}");
			return;
		}
		request.getRequestDispatcher(UnavailablePageController.PATH).forward(request, response);
	}

	private boolean isFirstAsking(HttpServletRequest request, String key) {
		if (!KEPT_WHEN_REPEATED.matcher(request.getRequestURI()).matches()) {
			return false;
		}
		synchronized (this.askedOnce) {
			return this.askedOnce.put(key, Boolean.TRUE) == null;
		}
	}

	private ContentGeneration.Snapshot currentGeneration(Instant now) {
		try {
			return this.generation.current(now);
		}
		catch (DataAccessException ex) {
			logger.debug("Content generation unknown, kept pages are served as they are", ex);
			return null;
		}
	}

	/**
	 * The exact address as sent: the language is in it, and nothing else counts but the
	 * scheme (HTTPS answers carry {@code Strict-Transport-Security}); {@code null} for a
	 * request whose parameters are not all in its address.
	 */
	private static String key(HttpServletRequest request) {
		String query = request.getQueryString();
		if (query == null && !request.getParameterMap().isEmpty()) {
			// Parameters that are not in the address (MockMvc gives such requests).
			return null;
		}
		// The address as the client sent it, language prefix included (LanguageFilter
		// hands
		// the application the address without it).
		Object original = request.getAttribute(Languages.ORIGINAL_PATH);
		String address = (original instanceof String sent) ? request.getContextPath() + sent : request.getRequestURI();
		String path = (query != null) ? address + "?" + query : address;
		return request.isSecure() ? "https:" + path : path;
	}

	private static boolean isPageRequest(HttpServletRequest request) {
		String method = request.getMethod();
		if (!"GET".equals(method) && !"HEAD".equals(method)) {
			return false;
		}
		// A range, a cross-origin request or credentials each ask for something else
		// than the page everyone gets.
		return request.getHeader(HttpHeaders.RANGE) == null && request.getHeader(HttpHeaders.ORIGIN) == null
				&& request.getHeader(HttpHeaders.AUTHORIZATION) == null
				&& !NEVER_KEPT.matcher(request.getRequestURI()).matches();
	}

	/**
	 * Whether a signed-in user sends the request: a security context with a sign-in in
	 * the session (the only way to stay signed in) or on the request (where a sign-in
	 * within this request, and tests, put it).
	 */
	static boolean isSignedIn(HttpServletRequest request) {
		if (isSignIn(SecurityContextHolder.getContext())) {
			return true;
		}
		Enumeration<String> names = request.getAttributeNames();
		while (names.hasMoreElements()) {
			if (request.getAttribute(names.nextElement()) instanceof SecurityContext context && isSignIn(context)) {
				return true;
			}
		}
		HttpSession session = request.getSession(false);
		return session != null && session
			.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY) instanceof SecurityContext;
	}

	private static boolean isSignIn(SecurityContext context) {
		Authentication authentication = context.getAuthentication();
		return authentication != null && !(authentication instanceof AnonymousAuthenticationToken);
	}

	/** Whether an anonymous page is the same for everyone: no cookie, no session. */
	private static boolean mayKeep(HttpServletRequest request, HttpServletResponse response) {
		if (request.getSession(false) != null || !response.getHeaders(HttpHeaders.SET_COOKIE).isEmpty()) {
			return false;
		}
		// A page may say it is not to be kept.
		String cacheControl = response.getHeader(HttpHeaders.CACHE_CONTROL);
		return NO_STORE.equals(cacheControl)
				|| (cacheControl != null && !cacheControl.contains("private") && !cacheControl.contains("no-store"));
	}

	/** A page that opened a session holds something of the visitor's: a CSRF token. */
	private static void markPrivateIfSession(HttpServletRequest request, HttpServletResponse response) {
		if (!response.isCommitted() && request.getSession(false) != null
				&& NO_STORE.equals(response.getHeader(HttpHeaders.CACHE_CONTROL))) {
			response.setHeader(HttpHeaders.CACHE_CONTROL, PRIVATE);
		}
	}

	private static List<Map.Entry<String, String>> keptHeaders(HttpServletResponse response) {
		List<Map.Entry<String, String>> headers = new ArrayList<>();
		for (String name : response.getHeaderNames()) {
			if (NOT_KEPT_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
				continue;
			}
			for (String value : response.getHeaders(name)) {
				headers.add(Map.entry(name, value));
			}
		}
		return headers;
	}

	private void send(CachedPage page, HttpServletRequest request, HttpServletResponse response, Instant now,
			boolean stale) throws IOException {
		boolean gzip = acceptsGzip(request);
		response.setStatus(HttpServletResponse.SC_OK);
		for (Map.Entry<String, String> header : page.headers()) {
			response.addHeader(header.getKey(), header.getValue());
		}
		response.setHeader(HttpHeaders.CACHE_CONTROL, cacheControl(page, now, stale));
		response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
		response.setHeader(HttpHeaders.ETAG, gzip ? page.gzipEtag() : page.etag());
		response.setDateHeader(HttpHeaders.LAST_MODIFIED, page.storedAt().toEpochMilli());
		if (isNotModified(page, request)) {
			response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
			return;
		}
		byte[] body = gzip ? page.gzipped() : page.body();
		if (gzip) {
			response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
		}
		response.setContentType(page.contentType());
		response.setContentLength(body.length);
		if (!"HEAD".equals(request.getMethod())) {
			response.getOutputStream().write(body);
		}
	}

	private String cacheControl(CachedPage page, Instant now, boolean stale) {
		long maxAge = stale ? 0 : Math.max(0,
				Math.min(this.properties.maxAge().toSeconds(), Duration.between(now, page.validUntil()).toSeconds()));
		return "public, max-age=" + maxAge + ", stale-while-revalidate="
				+ this.properties.staleWhileRevalidate().toSeconds() + ", stale-if-error="
				+ this.properties.staleIfError().toSeconds();
	}

	private static boolean isNotModified(CachedPage page, HttpServletRequest request) {
		Enumeration<String> ifNoneMatch = request.getHeaders(HttpHeaders.IF_NONE_MATCH);
		if (ifNoneMatch != null && ifNoneMatch.hasMoreElements()) {
			while (ifNoneMatch.hasMoreElements()) {
				for (String tag : ifNoneMatch.nextElement().split(",")) {
					String trimmed = tag.trim();
					if (trimmed.startsWith("W/")) {
						trimmed = trimmed.substring(2);
					}
					if (trimmed.equals("*") || trimmed.equals(page.etag()) || trimmed.equals(page.gzipEtag())) {
						return true;
					}
				}
			}
			return false;
		}
		long ifModifiedSince;
		try {
			ifModifiedSince = request.getDateHeader(HttpHeaders.IF_MODIFIED_SINCE);
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
		return ifModifiedSince >= 0 && page.storedAt().toEpochMilli() / 1000 <= ifModifiedSince / 1000;
	}

	static boolean acceptsGzip(HttpServletRequest request) {
		Enumeration<String> values = request.getHeaders(HttpHeaders.ACCEPT_ENCODING);
		while (values != null && values.hasMoreElements()) {
			for (String coding : values.nextElement().split(",")) {
				String[] parts = coding.trim().split(";");
				String name = parts[0].trim().toLowerCase(Locale.ROOT);
				if (name.equals("gzip") || name.equals("x-gzip") || name.equals("*")) {
					return parts.length < 2 || !parts[1].replace(" ", "").matches("q=0(\\.0*)?");
				}
			}
		}
		return false;
	}

}
