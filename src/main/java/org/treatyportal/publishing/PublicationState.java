package org.treatyportal.publishing;

/**
 * The state an editor puts an item in. Whether a published item is already visible
 * depends on its publish time as well: see {@link PublicationStatus}.
 */
public enum PublicationState {

	DRAFT, PUBLISHED, WITHDRAWN

}
