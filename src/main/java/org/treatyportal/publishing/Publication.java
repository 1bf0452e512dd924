package org.treatyportal.publishing;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * Publication state of a content item, embedded in every publishable entity. An item is
 * visible when it is published and its publish time has passed; repositories apply the
 * same rule in their queries so that a scheduled item appears at its instant on every
 * node without any job runner.
 */
@Embeddable
public class Publication {

	@Enumerated(EnumType.STRING)
	@Column(name = "state", nullable = false)
	private PublicationState state = PublicationState.DRAFT;

	@Column(name = "publish_at")
	private Instant publishAt;

	@Column(name = "first_published_at")
	private Instant firstPublishedAt;

	protected Publication() {
	}

	public static Publication draft() {
		return new Publication();
	}

	/**
	 * Publishes from the given instant on, which may lie in the future (scheduled).
	 * @param from when the item becomes visible
	 */
	public void publish(Instant from) {
		this.state = PublicationState.PUBLISHED;
		this.publishAt = from;
		if (this.firstPublishedAt == null || from.isBefore(this.firstPublishedAt)) {
			this.firstPublishedAt = from;
		}
	}

	public void withdraw() {
		this.state = PublicationState.WITHDRAWN;
	}

	public void backToDraft() {
		this.state = PublicationState.DRAFT;
	}

	public boolean isVisibleAt(Instant now) {
		return this.state == PublicationState.PUBLISHED && this.publishAt != null && !this.publishAt.isAfter(now);
	}

	public PublicationStatus statusAt(Instant now) {
		return PublicationStatus.of(this.state, this.publishAt, now);
	}

	public PublicationState getState() {
		return this.state;
	}

	public Instant getPublishAt() {
		return this.publishAt;
	}

	public Instant getFirstPublishedAt() {
		return this.firstPublishedAt;
	}

}
