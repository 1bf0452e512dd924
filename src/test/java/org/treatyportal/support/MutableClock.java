package org.treatyportal.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock that tests set and move, standing in for the application's {@link Clock}. It
 * follows the system clock until a test fixes it.
 */
public class MutableClock extends Clock {

	private volatile Instant fixed;

	/** Stops the clock at the given instant. */
	public void setInstant(Instant instant) {
		this.fixed = instant;
	}

	/** Moves a fixed clock forward. */
	public void advance(Duration duration) {
		this.fixed = instant().plus(duration);
	}

	/** Lets the clock follow the system clock again. */
	public void reset() {
		this.fixed = null;
	}

	@Override
	public Instant instant() {
		Instant instant = this.fixed;
		return (instant != null) ? instant : Instant.now();
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		throw new UnsupportedOperationException("The application reads instants only");
	}

}
