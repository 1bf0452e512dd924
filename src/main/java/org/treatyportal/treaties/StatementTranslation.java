package org.treatyportal.treaties;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A statement's text in a language other than its original, with the fingerprint of the
 * original it follows (ADR 18). One row of {@code treaty_statement_translation}.
 */
@Embeddable
public class StatementTranslation {

	@Column(nullable = false)
	private String text;

	@Column(name = "based_on", nullable = false)
	private String basedOn;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	protected StatementTranslation() {
	}

	StatementTranslation(String text, String basedOn, Instant updatedAt) {
		this.text = text;
		this.basedOn = basedOn;
		this.updatedAt = updatedAt;
	}

	public String getText() {
		return this.text;
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

}
