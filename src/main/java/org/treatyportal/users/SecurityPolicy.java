package org.treatyportal.users;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * Sign-in rules that admins set at run time (one row).
 */
@Entity
@Table(name = "security_policy")
class SecurityPolicy {

	static final short ID = 1;

	@Id
	private Short id;

	@Column(name = "two_factor_required_for_admins", nullable = false)
	private boolean twoFactorRequiredForAdmins;

	@Version
	private long version;

	protected SecurityPolicy() {
	}

	boolean isTwoFactorRequiredForAdmins() {
		return this.twoFactorRequiredForAdmins;
	}

	void setTwoFactorRequiredForAdmins(boolean required) {
		this.twoFactorRequiredForAdmins = required;
	}

	long getVersion() {
		return this.version;
	}

}
