package org.treatyportal.users;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * An editor's or admin's account. Visitors have none.
 */
@Entity
@Table(name = "app_user")
public class User {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false)
	private String email;

	@Column(name = "display_name", nullable = false)
	private String displayName;

	@Column(name = "password_hash", nullable = false)
	private String passwordHash;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Role role;

	private boolean enabled = true;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "interface_language")
	private String interfaceLanguage;

	@Column(name = "session_generation", nullable = false)
	private long sessionGeneration;

	@Column(name = "password_changed_at")
	private Instant passwordChangedAt;

	@Column(name = "totp_secret")
	private String totpSecret;

	@Column(name = "totp_enabled_at")
	private Instant totpEnabledAt;

	@Version
	private long version;

	protected User() {
	}

	public User(String email, String displayName, String passwordHash, Role role, Instant createdAt) {
		this.email = email;
		this.displayName = displayName;
		this.passwordHash = passwordHash;
		this.role = role;
		this.createdAt = createdAt;
	}

	public Long getId() {
		return this.id;
	}

	public String getEmail() {
		return this.email;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	public String getPasswordHash() {
		return this.passwordHash;
	}

	public Role getRole() {
		return this.role;
	}

	public boolean isEnabled() {
		return this.enabled;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public long getVersion() {
		return this.version;
	}

	/** Grows whenever every session of this account must end. */
	public long getSessionGeneration() {
		return this.sessionGeneration;
	}

	public Instant getPasswordChangedAt() {
		return this.passwordChangedAt;
	}

	/**
	 * The TOTP secret as stored, encrypted by {@link TwoFactorService}, or {@code null}
	 * while two-factor sign-in is off.
	 */
	public String getTotpSecret() {
		return this.totpSecret;
	}

	public Instant getTotpEnabledAt() {
		return this.totpEnabledAt;
	}

	public boolean isTwoFactorEnabled() {
		return this.totpSecret != null;
	}

	void rename(String displayName) {
		this.displayName = displayName;
	}

	/** A new role; sessions end so that it applies at once. */
	void changeRole(Role role) {
		if (this.role != role) {
			this.role = role;
			endSessions();
		}
	}

	void disable() {
		this.enabled = false;
		endSessions();
	}

	void enable() {
		this.enabled = true;
	}

	/** Sets a new password hash and ends every session signed in with the old one. */
	void changePassword(String passwordHash, Instant now) {
		this.passwordHash = passwordHash;
		this.passwordChangedAt = now;
		endSessions();
	}

	void enableTwoFactor(String secret, Instant now) {
		this.totpSecret = secret;
		this.totpEnabledAt = now;
	}

	void disableTwoFactor() {
		this.totpSecret = null;
		this.totpEnabledAt = null;
	}

	/** Ends every session of this account on its next request. */
	void endSessions() {
		this.sessionGeneration++;
	}

	/**
	 * The language of the admin area chosen by the user, or {@code null} for the default.
	 */
	public String getInterfaceLanguage() {
		return this.interfaceLanguage;
	}

	void setInterfaceLanguage(String interfaceLanguage) {
		this.interfaceLanguage = interfaceLanguage;
	}

}
