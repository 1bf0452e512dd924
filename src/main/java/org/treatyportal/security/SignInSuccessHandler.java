package org.treatyportal.security;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

import org.treatyportal.users.SignedInUser;

/**
 * After the password: to the code form when the account has two-factor sign-in; otherwise
 * (and after the code) the session starts with its idle timeout and the user goes to the
 * page they asked for, or the dashboard.
 */
class SignInSuccessHandler implements AuthenticationSuccessHandler {

	private final SavedRequestAwareAuthenticationSuccessHandler target = new SavedRequestAwareAuthenticationSuccessHandler();

	private final Duration idleTimeout;

	private final Clock clock;

	SignInSuccessHandler(Duration idleTimeout, Clock clock) {
		this.idleTimeout = idleTimeout;
		this.clock = clock;
		this.target.setDefaultTargetUrl("/admin");
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws IOException, ServletException {
		if (authentication instanceof SecondFactorPendingAuthentication) {
			response.sendRedirect(request.getContextPath() + "/login/code");
			return;
		}
		HttpSession session = request.getSession();
		session.setMaxInactiveInterval((int) this.idleTimeout.toSeconds());
		session.setAttribute(SessionGuardFilter.LAST_SEEN, this.clock.instant());
		if (authentication.getPrincipal() instanceof SignedInUser user) {
			session.setAttribute(SignedInUser.SESSION_GENERATION, user.getSessionGeneration());
		}
		this.target.onAuthenticationSuccess(request, response, authentication);
	}

}
