package org.treatyportal.audit;

import java.util.Optional;

/**
 * Where the admin page of an item named in the audit log is, for the log's links. Each
 * feature declares one for the item types it writes into the log; the log asks them all.
 */
@FunctionalInterface
public interface AuditItemAddresses {

	/**
	 * The admin address of the item, or empty when the type is not this feature's or the
	 * item no longer exists.
	 * @param itemType the item type as the log names it, e.g. {@code news}
	 * @param id the item's id
	 */
	Optional<String> adminPath(String itemType, long id);

	/** Items of one type whose admin page is {@code adminPath/{id}}. */
	static AuditItemAddresses byId(String itemType, String adminPath) {
		return (type, id) -> type.equals(itemType) ? Optional.of(adminPath + "/" + id) : Optional.empty();
	}

}
