package org.treatyportal.users;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A one-time link to set a password, made by an admin and handed to the user. Only the
 * SHA-256 of its token is kept, so the database alone cannot be used to sign in.
 */
@Entity
@Table(name = "password_reset_link")
class PasswordResetLink {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "user_id")
	private User user;

	@Column(name = "token_hash", nullable = false)
	private String tokenHash;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "expires_at", nullable = false)
	private Instant expiresAt;

	@Column(name = "used_at")
	private Instant usedAt;

	@Column(name = "created_by")
	private String createdBy;

	protected PasswordResetLink() {
	}

	PasswordResetLink(User user, String tokenHash, Instant createdAt, Instant expiresAt, String createdBy) {
		this.user = user;
		this.tokenHash = tokenHash;
		this.createdAt = createdAt;
		this.expiresAt = expiresAt;
		this.createdBy = createdBy;
	}

	User getUser() {
		return this.user;
	}

	Instant getExpiresAt() {
		return this.expiresAt;
	}

	/**
	 * Usable: not used yet and not expired (it works until the expiry instant,
	 * exclusive).
	 */
	boolean isUsable(Instant now) {
		return this.usedAt == null && now.isBefore(this.expiresAt);
	}

	void use(Instant now) {
		this.usedAt = now;
	}

}
