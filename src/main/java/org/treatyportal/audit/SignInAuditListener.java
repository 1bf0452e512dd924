package org.treatyportal.audit;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Puts every sign-in, successful or not, into the audit log. A password accepted for an
 * account with two-factor sign-in is not a sign-in yet (the authentication it yields is
 * not authenticated): its {@code SIGN_IN} comes with the right code. Locks and their
 * lifting are written by the sign-in throttle ({@code SIGN_IN_LOCKED},
 * {@code SIGN_IN_SLOWED}, {@code SIGN_IN_UNLOCKED}); a refused attempt during a wait or
 * lock is a {@code SIGN_IN_FAILED} with the details {@code SignInThrottledException}.
 */
@Component
class SignInAuditListener {

	static final String SIGN_IN = "SIGN_IN";

	static final String SIGN_IN_FAILED = "SIGN_IN_FAILED";

	private final AuditLog auditLog;

	SignInAuditListener(AuditLog auditLog) {
		this.auditLog = auditLog;
	}

	@EventListener
	void onSuccess(AuthenticationSuccessEvent event) {
		if (!event.getAuthentication().isAuthenticated()) {
			return;
		}
		this.auditLog.recordAs(event.getAuthentication().getName(), SIGN_IN, null, null);
	}

	@EventListener
	void onFailure(AbstractAuthenticationFailureEvent event) {
		this.auditLog.recordAs(event.getAuthentication().getName(), SIGN_IN_FAILED, null,
				event.getException().getClass().getSimpleName());
	}

}
