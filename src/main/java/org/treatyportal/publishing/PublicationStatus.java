package org.treatyportal.publishing;

import java.time.Instant;

/**
 * What the public sees of an item at a given instant: its state, with "published but not
 * yet due" told apart as {@link #SCHEDULED}.
 */
public enum PublicationStatus {

	DRAFT, SCHEDULED, PUBLISHED, WITHDRAWN;

	/**
	 * The status at {@code now} of an item in this state, published from
	 * {@code publishAt}.
	 */
	public static PublicationStatus of(PublicationState state, Instant publishAt, Instant now) {
		return switch (state) {
			case DRAFT -> DRAFT;
			case WITHDRAWN -> WITHDRAWN;
			case PUBLISHED -> (publishAt != null && !publishAt.isAfter(now)) ? PUBLISHED : SCHEDULED;
		};
	}

}
