package org.treatyportal.users;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.treatyportal.audit.AuditLog;
import org.treatyportal.config.PortalProperties;

/**
 * Whether admins must sign in with a second factor: an admin switches it on in the users
 * area, or {@code portal.security.require-two-factor-for-admins} forces it.
 */
@Service
public class SecurityPolicyService {

	private final SecurityPolicyRepository policies;

	private final AuditLog auditLog;

	private final boolean forced;

	SecurityPolicyService(SecurityPolicyRepository policies, AuditLog auditLog, PortalProperties properties) {
		this.policies = policies;
		this.auditLog = auditLog;
		this.forced = properties.security().requireTwoFactorForAdmins();
	}

	@Transactional(readOnly = true)
	public boolean twoFactorRequiredForAdmins() {
		return this.forced || policy().isTwoFactorRequiredForAdmins();
	}

	/** Whether the setting forces it, so that admins cannot switch it off here. */
	public boolean twoFactorForcedBySetting() {
		return this.forced;
	}

	@Transactional(readOnly = true)
	long version() {
		return policy().getVersion();
	}

	/**
	 * Switches the rule.
	 * @throws StaleUserException when someone else changed it since the form was shown
	 */
	@Transactional
	void requireTwoFactorForAdmins(boolean required, long version) {
		SecurityPolicy policy = policy();
		if (policy.getVersion() != version) {
			throw new StaleUserException();
		}
		if (policy.isTwoFactorRequiredForAdmins() != required) {
			policy.setTwoFactorRequiredForAdmins(required);
			this.auditLog.record("SECURITY_POLICY_CHANGED", null,
					"two-factor sign-in " + (required ? "required" : "optional") + " for admins");
		}
	}

	private SecurityPolicy policy() {
		return this.policies.findById(SecurityPolicy.ID).orElseThrow();
	}

}
