package org.treatyportal.countries;

import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Component;

import org.treatyportal.audit.AuditItemAddresses;

/**
 * The audit log links country profiles to their admin pages, which are addressed by the
 * country's code.
 */
@Component
class CountryAuditAddresses implements AuditItemAddresses {

	private final CountryRepository countries;

	CountryAuditAddresses(CountryRepository countries) {
		this.countries = countries;
	}

	@Override
	public Optional<String> adminPath(String itemType, long id) {
		if (!itemType.equals(CountryEditor.CONTENT_TYPE)) {
			return Optional.empty();
		}
		return this.countries.findById(id)
			.map((country) -> "/admin/countries/" + country.getCode().toLowerCase(Locale.ROOT));
	}

}
