package org.treatyportal.publishing;

import java.time.Instant;
import java.util.List;

/**
 * Implemented by each feature that has publishable content, so that the admin dashboard
 * shows every content type without knowing them.
 */
public interface StatusCounter {

	/** Counts per content type of this feature, at the given instant. */
	List<StatusCounts> countByStatus(Instant now);

}
