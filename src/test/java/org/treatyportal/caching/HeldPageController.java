package org.treatyportal.caching;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Pages of the test application that are rendered until the test lets them end (found by
 * component scanning, as test classes share the application's packages): one never kept,
 * one that is.
 */
@RestController
class HeldPageController {

	private static volatile CountDownLatch release = new CountDownLatch(0);

	private static final AtomicInteger held = new AtomicInteger();

	@GetMapping("/test-support/held")
	String page() throws InterruptedException {
		held.incrementAndGet();
		release.await(30, TimeUnit.SECONDS);
		return "released";
	}

	@GetMapping("/held-page")
	String keptPage() throws InterruptedException {
		return page();
	}

	/** From now on, the page is held until {@link #release()}. */
	static void hold() {
		held.set(0);
		release = new CountDownLatch(1);
	}

	/** How many requests are in the page since {@link #hold()}. */
	static int held() {
		return held.get();
	}

	static void release() {
		release.countDown();
	}

}
