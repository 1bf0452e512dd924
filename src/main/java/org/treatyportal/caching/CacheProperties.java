package org.treatyportal.caching;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the page cache and of the caching headers under {@code portal.cache.*}. The
 * README lists each one with its default and the worst case of memory.
 *
 * @param maxSize memory for kept pages, their bytes and gzip form together; the least
 * recently used pages are dropped beyond it; 0 turns the page cache off
 * @param maxPageSize largest page kept (uncompressed); bigger ones are rendered each time
 * @param maxAge how long browsers, proxies and CDNs may use an anonymous page without
 * asking again ({@code Cache-Control: public, max-age}); never past the next scheduled
 * change
 * @param staleWhileRevalidate how long past {@code maxAge} a proxy may still answer with
 * its copy while it fetches a new one
 * @param staleIfError how long past {@code maxAge} a proxy may still answer with its copy
 * when the site fails
 * @param hashStaticFiles link static files by addresses that name their content and serve
 * those from memory, cacheable for a year; off in the {@code dev} profile, where files
 * are edited in place
 * @param rendersAtOnce how many pages are rendered at the same time; other requests for a
 * page wait their turn in the order they came (kept pages and static files never wait); 0
 * means twice the number of processors
 * @param generationLease how long a node serves kept pages after reading the content
 * generation without reading it again; a commit that changes public content waits until
 * the leases of every node have ended, so pages stay exact (ADR 25); 0 reads it at every
 * request; at most a second
 * @param writeBuffer how many bytes of an answer Tomcat sends to the network in one
 * system call, a buffer each open connection holds: a kept page up to this size, headers
 * included, goes out in one write; 8KB (Tomcat's own) to 1MB
 */
@ConfigurationProperties("portal.cache")
public record CacheProperties(@DefaultValue("64MB") DataSize maxSize, @DefaultValue("2MB") DataSize maxPageSize,
		@DefaultValue("60s") Duration maxAge, @DefaultValue("60s") Duration staleWhileRevalidate,
		@DefaultValue("1d") Duration staleIfError, @DefaultValue("true") boolean hashStaticFiles,
		@DefaultValue("0") int rendersAtOnce, @DefaultValue("50ms") Duration generationLease,
		@DefaultValue("32KB") DataSize writeBuffer) {

	/**
	 * The longest lease: a commit at repeatable read or serializable, which may not see
	 * the newest leases, waits this long (migration V114).
	 */
	static final Duration MAX_GENERATION_LEASE = Duration.ofSeconds(1);

	private static final DataSize MIN_WRITE_BUFFER = DataSize.ofKilobytes(8);

	private static final DataSize MAX_WRITE_BUFFER = DataSize.ofMegabytes(1);

	public CacheProperties {
		if (maxSize.isNegative() || maxPageSize.isNegative()) {
			throw new IllegalArgumentException("portal.cache.max-size and max-page-size must be 0 or more");
		}
		if (maxAge.isNegative() || staleWhileRevalidate.isNegative() || staleIfError.isNegative()) {
			throw new IllegalArgumentException("portal.cache durations must be 0 or more");
		}
		if (generationLease.isNegative() || generationLease.compareTo(MAX_GENERATION_LEASE) > 0) {
			throw new IllegalArgumentException(
					"portal.cache.generation-lease must be 0 to 1s, not " + generationLease.toMillis() + "ms");
		}
		if (writeBuffer.compareTo(MIN_WRITE_BUFFER) < 0 || writeBuffer.compareTo(MAX_WRITE_BUFFER) > 0) {
			throw new IllegalArgumentException(
					"portal.cache.write-buffer must be 8KB to 1MB, not " + writeBuffer.toBytes() + " bytes");
		}
		if (rendersAtOnce < 0) {
			throw new IllegalArgumentException("portal.cache.renders-at-once must be 0 or more, not " + rendersAtOnce);
		}
	}

	/** How many pages are rendered at the same time: the setting, or its default. */
	public int renderTurns() {
		return (this.rendersAtOnce > 0) ? this.rendersAtOnce : 2 * Runtime.getRuntime().availableProcessors();
	}

}
