package org.treatyportal.support;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * A test that fixes the clock and does not reset it leaves the next test on the system
 * clock all the same.
 */
@PortalIntegrationTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ResetClockExtensionTests {

	private static final Instant LONG_AGO = Instant.parse("2001-11-23T10:00:00Z");

	@Autowired
	MutableClock clock;

	@Test
	@Order(1)
	void testFixesTheClockAndLeavesItFixed() {
		this.clock.setInstant(LONG_AGO);

		assertThat(this.clock.instant()).isEqualTo(LONG_AGO);
	}

	@Test
	@Order(2)
	void nextTestFindsTheClockFollowingTheSystemClock() {
		assertThat(this.clock.instant()).isCloseTo(Instant.now(), within(1, ChronoUnit.MINUTES));
	}

}
