package org.treatyportal.audit;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Puts every sign-in, successful or not, into the audit log.
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
		this.auditLog.recordAs(event.getAuthentication().getName(), SIGN_IN, null, null);
	}

	@EventListener
	void onFailure(AbstractAuthenticationFailureEvent event) {
		this.auditLog.recordAs(event.getAuthentication().getName(), SIGN_IN_FAILED, null,
				event.getException().getClass().getSimpleName());
	}

}
