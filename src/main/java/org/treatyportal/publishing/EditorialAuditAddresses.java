package org.treatyportal.publishing;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import org.treatyportal.audit.AuditItemAddresses;

/**
 * The audit log links every content type editors write to its items' admin pages.
 */
@Component
class EditorialAuditAddresses implements AuditItemAddresses {

	private final List<EditorialTable> tables;

	EditorialAuditAddresses(List<EditorialTable> tables) {
		this.tables = tables;
	}

	@Override
	public Optional<String> adminPath(String itemType, long id) {
		return this.tables.stream()
			.filter((table) -> table.key().equals(itemType))
			.findFirst()
			.map((table) -> table.itemPath(id));
	}

}
