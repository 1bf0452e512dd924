package org.treatyportal.security;

import java.io.Serial;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.security.authentication.AbstractAuthenticationToken;

import org.treatyportal.users.SignedInUser;

/**
 * Someone who gave the right password of an account with two-factor sign-in and still has
 * to give a code. It grants nothing: {@link #isAuthenticated()} is false and it holds no
 * role.
 */
final class SecondFactorPendingAuthentication extends AbstractAuthenticationToken {

	@Serial
	private static final long serialVersionUID = 1L;

	private final SignedInUser user;

	private final Instant passwordAcceptedAt;

	SecondFactorPendingAuthentication(SignedInUser user, Object details, Instant passwordAcceptedAt) {
		super(List.of());
		this.user = user;
		this.passwordAcceptedAt = passwordAcceptedAt;
		setDetails(details);
		super.setAuthenticated(false);
	}

	@Override
	public Object getCredentials() {
		return null;
	}

	@Override
	public SignedInUser getPrincipal() {
		return this.user;
	}

	/** Whether the time to type the code has run out. */
	boolean isExpired(Instant now, Duration timeout) {
		return now.isAfter(this.passwordAcceptedAt.plus(timeout));
	}

	@Override
	public void setAuthenticated(boolean authenticated) {
		if (authenticated) {
			throw new IllegalArgumentException("A pending sign-in cannot be marked authenticated");
		}
		super.setAuthenticated(false);
	}

}
