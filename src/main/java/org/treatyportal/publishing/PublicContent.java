package org.treatyportal.publishing;

import org.treatyportal.revisions.ContentRef;

/**
 * Implemented by each feature whose items carry attachments, so that a file is served to
 * visitors exactly when the item it belongs to is visible.
 */
public interface PublicContent {

	/**
	 * Whether the item is visible to the public now; {@code false} for items of types
	 * that this feature does not own.
	 */
	boolean isVisible(ContentRef content);

}
