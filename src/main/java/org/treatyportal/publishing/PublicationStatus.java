package org.treatyportal.publishing;

/**
 * What the public sees of an item at a given instant: its state, with "published but not
 * yet due" told apart as {@link #SCHEDULED}.
 */
public enum PublicationStatus {

	DRAFT, SCHEDULED, PUBLISHED, WITHDRAWN

}
