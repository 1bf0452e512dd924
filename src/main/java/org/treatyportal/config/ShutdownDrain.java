package org.treatyportal.config;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The first thing a stopping node does: it goes on serving for
 * {@link ShutdownProperties#drainTime()} while its readiness already answers
 * {@code OUT_OF_SERVICE} (Spring Boot switches readiness to refusing traffic as soon as
 * the context starts closing). A load balancer that checks readiness takes the node out
 * meanwhile, so no new request reaches a closed port; then the web server's graceful
 * shutdown lets the requests in flight finish.
 */
@Component
class ShutdownDrain implements SmartLifecycle {

	private static final Logger logger = LoggerFactory.getLogger(ShutdownDrain.class);

	private final ShutdownProperties properties;

	private volatile boolean running;

	ShutdownDrain(ShutdownProperties properties) {
		this.properties = properties;
	}

	@Override
	public void start() {
		this.running = true;
	}

	@Override
	public void stop() {
		this.running = false;
		long millis = this.properties.drainTime().toMillis();
		if (millis > 0) {
			logger.info("Readiness is OUT_OF_SERVICE; still serving for {} before closing",
					this.properties.drainTime());
			try {
				Thread.sleep(millis);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	/**
	 * Stopped before everything else, the web server's graceful shutdown included, so
	 * that the server still answers during the drain.
	 */
	@Override
	public int getPhase() {
		return Integer.MAX_VALUE;
	}

}
