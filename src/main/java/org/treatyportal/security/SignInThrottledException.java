package org.treatyportal.security;

import java.io.Serial;
import java.time.Instant;

import org.springframework.security.core.AuthenticationException;

/**
 * A sign-in attempt refused without looking at the password, because too many attempts
 * failed for this e-mail address or from this client address.
 */
class SignInThrottledException extends AuthenticationException {

	@Serial
	private static final long serialVersionUID = 1L;

	SignInThrottledException(Instant until) {
		super("Sign-in refused until " + until);
	}

}
