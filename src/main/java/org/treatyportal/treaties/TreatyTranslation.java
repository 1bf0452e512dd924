package org.treatyportal.treaties;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A treaty's title, short title and summary in a language other than its original, with
 * the fingerprint of the original it follows (ADR 18). One row of
 * {@code treaty_translation}.
 */
@Embeddable
public class TreatyTranslation {

	@Column(nullable = false)
	private String title;

	@Column(name = "short_title", nullable = false)
	private String shortTitle;

	@Column(nullable = false)
	private String summary = "";

	@Column(name = "based_on", nullable = false)
	private String basedOn;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	protected TreatyTranslation() {
	}

	TreatyTranslation(String title, String shortTitle, String summary, String basedOn, Instant updatedAt) {
		this.title = title;
		this.shortTitle = shortTitle;
		this.summary = summary;
		this.basedOn = basedOn;
		this.updatedAt = updatedAt;
	}

	public String getTitle() {
		return this.title;
	}

	public String getShortTitle() {
		return this.shortTitle;
	}

	/** Sanitised HTML. */
	public String getSummary() {
		return this.summary;
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

	boolean says(String title, String shortTitle, String summary) {
		return this.title.equals(title) && this.shortTitle.equals(shortTitle) && this.summary.equals(summary);
	}

}
