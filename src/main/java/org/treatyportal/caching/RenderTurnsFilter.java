package org.treatyportal.caching;

import java.io.IOException;
import java.util.concurrent.Semaphore;
import java.util.regex.Pattern;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.servlet.filter.OrderedFilter;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Has a few requests at a time do the work of a page
 * ({@code portal.cache.renders-at-once}), and the others wait their turn in the order
 * they came. Rendering and searching are processor work: more at once only share the
 * processors. Tomcat's own queue does not keep that order (a thread that has just
 * answered a connection often takes its next request before older ones), so under load
 * some visitors waited several times longer than others (README, "Benchmarks"). Kept
 * pages and static files are sent before this filter and never wait. Neither do files and
 * uploads, whose time is the client's transfer, nor the health check.
 * <p>
 * A request whose turn comes while the database is down answers 503 at once (through
 * {@link PageCacheFilter}) rather than wait for a connection.
 */
@Component
class RenderTurnsFilter extends OncePerRequestFilter implements OrderedFilter {

	/** Addresses that never wait: files and the health check. */
	private static final Pattern NO_TURN = Pattern.compile(PageCacheFilter.FILES_AND_HEALTH);

	private final Semaphore turns;

	private final ContentGeneration generation;

	RenderTurnsFilter(CacheProperties properties, ContentGeneration generation) {
		this.turns = new Semaphore(properties.renderTurns(), true);
		this.generation = generation;
	}

	@Override
	public int getOrder() {
		// Right after the page cache: a kept page never waits.
		return PageCacheFilter.ORDER + 1;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String contentType = request.getContentType();
		// A forward (the page that says the database is down) is part of a request that
		// had its turn, or that needed none.
		if (request.getDispatcherType() != DispatcherType.REQUEST
				|| (contentType != null && contentType.startsWith("multipart/"))
				|| NO_TURN.matcher(request.getRequestURI()).matches()) {
			chain.doFilter(request, response);
			return;
		}
		this.turns.acquireUninterruptibly();
		try {
			if (this.generation.isDown()) {
				throw new DatabaseFailures.DatabaseDownException();
			}
			chain.doFilter(request, response);
		}
		finally {
			this.turns.release();
		}
	}

}
