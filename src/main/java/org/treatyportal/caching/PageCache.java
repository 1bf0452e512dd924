package org.treatyportal.caching;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The kept pages by address, within a memory budget, the least recently used dropped
 * first. A page of an older generation is kept as long as the budget allows: it is not
 * served while the database answers, but it is while the database is down.
 */
final class PageCache {

	private final long maxBytes;

	private final long maxPageBytes;

	private final LinkedHashMap<String, CachedPage> pages = new LinkedHashMap<>(256, 0.75f, true);

	private long bytes;

	PageCache(long maxBytes, long maxPageBytes) {
		this.maxBytes = maxBytes;
		this.maxPageBytes = maxPageBytes;
	}

	boolean isOff() {
		return this.maxBytes <= 0;
	}

	long maxPageBytes() {
		return this.maxPageBytes;
	}

	/** The page kept for {@code key}, current or not, or {@code null}. */
	synchronized CachedPage get(String key) {
		return this.pages.get(key);
	}

	/**
	 * Keeps {@code page} under {@code key} if it fits in the budget, dropping the least
	 * recently used pages to make room.
	 */
	synchronized void put(String key, CachedPage page) {
		long size = page.size(key);
		if (size > this.maxBytes) {
			return;
		}
		CachedPage previous = this.pages.remove(key);
		if (previous != null) {
			this.bytes -= previous.size(key);
		}
		Iterator<Map.Entry<String, CachedPage>> eldest = this.pages.entrySet().iterator();
		while (this.bytes + size > this.maxBytes && eldest.hasNext()) {
			Map.Entry<String, CachedPage> entry = eldest.next();
			this.bytes -= entry.getValue().size(entry.getKey());
			eldest.remove();
		}
		this.pages.put(key, page);
		this.bytes += size;
	}

	synchronized long bytes() {
		return this.bytes;
	}

	synchronized int size() {
		return this.pages.size();
	}

}
