package org.treatyportal.countries;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * Every section of a country's profile in a language other than its original, with the
 * fingerprint of the original it follows (ADR 18). One row of
 * {@code country_profile_translation}.
 */
@Embeddable
public class ProfileTranslation {

	@Column(name = "status_summary", nullable = false)
	private String statusSummary = "";

	@Column(nullable = false)
	private String legislation = "";

	@Column(nullable = false)
	private String policies = "";

	@Column(nullable = false)
	private String institutions = "";

	@Column(name = "case_law", nullable = false)
	private String caseLaw = "";

	@Column(nullable = false)
	private String sources = "";

	@Column(name = "based_on", nullable = false)
	private String basedOn;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	protected ProfileTranslation() {
	}

	ProfileTranslation(ProfileWording sections, String basedOn, Instant updatedAt) {
		this.statusSummary = sections.statusSummary();
		this.legislation = sections.legislation();
		this.policies = sections.policies();
		this.institutions = sections.institutions();
		this.caseLaw = sections.caseLaw();
		this.sources = sections.sources();
		this.basedOn = basedOn;
		this.updatedAt = updatedAt;
	}

	/** The sections as a page in the language shows them. */
	ProfileWording wording(String language) {
		return new ProfileWording(language, language, this.statusSummary, this.legislation, this.policies,
				this.institutions, this.caseLaw, this.sources);
	}

	String getBasedOn() {
		return this.basedOn;
	}

	void confirm(String fingerprint) {
		this.basedOn = fingerprint;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

	/** The sections in form order. */
	List<String> sections() {
		return List.of(this.statusSummary, this.legislation, this.policies, this.institutions, this.caseLaw,
				this.sources);
	}

}
