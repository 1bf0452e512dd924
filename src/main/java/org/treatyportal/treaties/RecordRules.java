package org.treatyportal.treaties;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import org.springframework.stereotype.Component;

import org.treatyportal.config.PortalProperties;
import org.treatyportal.revisions.FormRejection;
import org.treatyportal.states.StateDirectory;

/**
 * What the Treaty Office's records of States' acts and statements share: no act is dated
 * in the future, a published source note is never empty, and each record is named by its
 * treaty and State.
 */
@Component
class RecordRules {

	private final StateDirectory countries;

	private final Clock clock;

	private final PortalProperties properties;

	RecordRules(StateDirectory countries, Clock clock, PortalProperties properties) {
		this.countries = countries;
		this.clock = clock;
		this.properties = properties;
	}

	/** Refuses a date after today, in the site's zone, on the field given. */
	void notFuture(LocalDate date, String field) {
		if (date != null && date.isAfter(LocalDate.ofInstant(this.clock.instant(), this.properties.timeZone()))) {
			throw new FormRejection(field, "treaties.date.future");
		}
	}

	/** The source note to store, refused when an empty one would be published. */
	String source(String note, boolean published) {
		String source = (note != null) ? note.strip() : "";
		if (published && source.isEmpty()) {
			throw new FormRejection("sourceNote", "treaties.source.publishedEmpty");
		}
		return source;
	}

	/** The record's name in the audit log: the treaty and the State. */
	String label(TreatyParty party) {
		return party.getTreaty().getReference() + " · " + this.countries.name(party.getCountryCode());
	}

	/** Now, by the site's clock. */
	Instant now() {
		return this.clock.instant();
	}

}
