package org.treatyportal.caching;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Values computed once per content generation, for what a cold render would otherwise
 * compute again on every page that shows it (such as the year and topic counts of every
 * news list page): given back while the content generation is unchanged and its next
 * scheduled change has not come, so never out of date. Costs the one-row query of the
 * generation, at most once per page request: a {@code GET} or {@code HEAD} takes the
 * generation the page cache read before rendering, or reads it at its first value, and
 * takes the same generation for the others (each value is still computed after that read,
 * so it holds every commit that ended before the request arrived). Other requests, which
 * may commit between two values, read it for each.
 * <p>
 * Values are shared by every thread: they must be immutable, and entities in them
 * detached with everything the pages read of them loaded, never handed to an editor.
 * Inside a read-write transaction values are computed and not kept, since they may hold
 * changes not committed yet.
 */
@Component
public class PerGeneration {

	/**
	 * The request attribute that holds the generation a page request read: set by the
	 * page cache before it renders, or by the first value asked for.
	 */
	static final String SNAPSHOT = PerGeneration.class.getName() + ".snapshot";

	private final ContentGeneration generation;

	private final Clock clock;

	private final Map<Object, Known> values = new ConcurrentHashMap<>();

	private volatile ContentGeneration.Snapshot snapshot;

	PerGeneration(ContentGeneration generation, Clock clock) {
		this.generation = generation;
		this.clock = clock;
	}

	/**
	 * The value for {@code key} in the current generation, computed now if it is not
	 * known yet.
	 * @param <T> the value's type
	 * @param key what the value is, including every argument it depends on
	 * @param compute computes it from the database
	 * @return the value
	 */
	@SuppressWarnings("unchecked")
	public <T> T get(Object key, Supplier<T> compute) {
		if (TransactionSynchronizationManager.isActualTransactionActive()
				&& !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
			// A transaction that may write sees its own changes before they move the
			// generation (at commit): what it reads is neither kept nor taken from what
			// is.
			return compute.get();
		}
		Instant now = this.clock.instant();
		ContentGeneration.Snapshot current = current(now);
		ContentGeneration.Snapshot known = this.snapshot;
		if (known == null || !sameTime(known, current)) {
			// Values of an older generation are never used again: let them go.
			this.values.clear();
			this.snapshot = current;
		}
		Known entry = this.values.get(key);
		if (entry != null && sameTime(entry.snapshot(), current) && !now.isBefore(entry.snapshot().since())) {
			return (T) entry.value();
		}
		T value = compute.get();
		this.values.put(key, new Known(current, value));
		return value;
	}

	private ContentGeneration.Snapshot current(Instant now) {
		HttpServletRequest request = pageRequest();
		if (request != null && request.getAttribute(SNAPSHOT) instanceof ContentGeneration.Snapshot read
				&& now.isBefore(read.validUntil())) {
			return read;
		}
		ContentGeneration.Snapshot current = this.generation.current(now);
		if (request != null) {
			request.setAttribute(SNAPSHOT, current);
		}
		return current;
	}

	private static HttpServletRequest pageRequest() {
		RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
		if (attributes instanceof ServletRequestAttributes servlet) {
			String method = servlet.getRequest().getMethod();
			return ("GET".equals(method) || "HEAD".equals(method)) ? servlet.getRequest() : null;
		}
		return null;
	}

	private static boolean sameTime(ContentGeneration.Snapshot one, ContentGeneration.Snapshot other) {
		return one.generation() == other.generation() && one.validUntil().equals(other.validUntil());
	}

	private record Known(ContentGeneration.Snapshot snapshot, Object value) {
	}

}
