package org.treatyportal.users;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A one-time code that signs in in place of an authenticator code. Only its hash is kept.
 */
@Entity
@Table(name = "recovery_code")
class RecoveryCode {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "user_id", nullable = false)
	private Long userId;

	@Column(name = "code_hash", nullable = false)
	private String codeHash;

	@Column(name = "used_at")
	private Instant usedAt;

	protected RecoveryCode() {
	}

	RecoveryCode(Long userId, String codeHash) {
		this.userId = userId;
		this.codeHash = codeHash;
	}

	String getCodeHash() {
		return this.codeHash;
	}

	boolean isUsed() {
		return this.usedAt != null;
	}

	void use(Instant now) {
		this.usedAt = now;
	}

}
