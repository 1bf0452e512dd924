package org.treatyportal.config;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How a node stops during a rolling restart (README, "Rolling restarts").
 *
 * @param drainTime how long a node keeps serving after shutdown begins while its
 * readiness already answers {@code OUT_OF_SERVICE}, so that a load balancer that checks
 * readiness stops sending it requests before it closes its port; set it above the load
 * balancer's check interval times its fall count; {@code 0s} (the default, for a single
 * node) closes at once
 * @param gracePeriod how long requests in flight may then take to finish before the node
 * stops anyway ({@code spring.lifecycle.timeout-per-shutdown-phase} follows it)
 */
@ConfigurationProperties("portal.shutdown")
public record ShutdownProperties(@DefaultValue("0s") Duration drainTime, @DefaultValue("30s") Duration gracePeriod) {

	public ShutdownProperties {
		if (drainTime.isNegative() || gracePeriod.isNegative()) {
			throw new IllegalArgumentException("portal.shutdown.drain-time and grace-period must not be negative");
		}
	}

}
