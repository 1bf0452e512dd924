package org.treatyportal.treaties;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

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

	/** The source the form gives, refused when an empty note would be published. */
	RecordSource source(SourcedForm form) {
		String note = (form.getSourceNote() != null) ? form.getSourceNote().strip() : "";
		if (form.isSourcePublished() && note.isEmpty()) {
			throw new FormRejection("sourceNote", "treaties.source.publishedEmpty");
		}
		return new RecordSource(note, form.isSourcePublished());
	}

	/** Adds the source to a revision's fields. */
	void snapshot(Map<String, String> fields, RecordSource source) {
		fields.put("sourceNote", source.note());
		fields.put("sourcePublished", String.valueOf(source.published()));
	}

	/** The source a revision's fields hold. */
	RecordSource restored(Map<String, String> fields) {
		return new RecordSource(fields.getOrDefault("sourceNote", ""),
				Boolean.parseBoolean(fields.get("sourcePublished")));
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
