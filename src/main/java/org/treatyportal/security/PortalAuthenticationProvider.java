package org.treatyportal.security;

import java.time.Clock;

import org.springframework.security.authentication.AccountStatusException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

import org.treatyportal.users.SignInThrottle;
import org.treatyportal.users.SignedInUser;

/**
 * Checks e-mail and password behind the sign-in throttle: the attempt is counted as a
 * failure first (or refused during a wait, before the password is looked at), a right
 * password takes the count back, and an account with two-factor sign-in only gets a
 * {@link SecondFactorPendingAuthentication}.
 */
class PortalAuthenticationProvider implements AuthenticationProvider {

	private final DaoAuthenticationProvider passwords;

	private final SignInThrottle throttle;

	private final Clock clock;

	PortalAuthenticationProvider(UserDetailsService userDetailsService, PasswordEncoder passwordEncoder,
			SignInThrottle throttle, Clock clock) {
		this.passwords = new DaoAuthenticationProvider(userDetailsService);
		this.passwords.setPasswordEncoder(passwordEncoder);
		this.throttle = throttle;
		this.clock = clock;
	}

	@Override
	public Authentication authenticate(Authentication authentication) throws AuthenticationException {
		SignInThrottle.Attempt attempt = this.throttle.begin(authentication.getName(), clientAddress(authentication));
		if (attempt.refused()) {
			throw new SignInThrottledException(attempt.refusedUntil());
		}
		Authentication result;
		try {
			result = this.passwords.authenticate(authentication);
		}
		catch (BadCredentialsException | AccountStatusException ex) {
			this.throttle.failed(attempt);
			throw ex;
		}
		SignedInUser user = (SignedInUser) result.getPrincipal();
		if (user.isTwoFactorEnabled()) {
			this.throttle.passwordAccepted(attempt);
			return new SecondFactorPendingAuthentication(user, result.getDetails(), this.clock.instant());
		}
		this.throttle.signedIn(attempt, user.getId());
		return result;
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

	static String clientAddress(Authentication authentication) {
		return (authentication.getDetails() instanceof WebAuthenticationDetails details) ? details.getRemoteAddress()
				: null;
	}

}
