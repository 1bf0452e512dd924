package org.treatyportal.publishing;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * An item's version in a language other than its original: its own slug, title, summary
 * and body, and a fingerprint of the original it was made from (see
 * {@link EditableContent#isOutOfDate(String)}). One row of the type's
 * {@code *_translation} table, keyed by the item and the language.
 */
@Embeddable
public class Translation {

	@Column(nullable = false)
	private String slug;

	@Column(nullable = false)
	private String title;

	@Column(nullable = false)
	private String summary = "";

	@Column(nullable = false)
	private String body = "";

	@Column(name = "based_on", nullable = false)
	private String basedOn;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	protected Translation() {
	}

	Translation(String slug, String title, String summary, String body, String basedOn, Instant updatedAt) {
		this.slug = slug;
		this.title = title;
		this.summary = summary;
		this.body = body;
		this.basedOn = basedOn;
		this.updatedAt = updatedAt;
	}

	public String getSlug() {
		return this.slug;
	}

	public String getTitle() {
		return this.title;
	}

	public String getSummary() {
		return this.summary;
	}

	/** Sanitised HTML. */
	public String getBody() {
		return this.body;
	}

	/** The fingerprint of the original's text this translation follows. */
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
