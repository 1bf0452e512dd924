package org.treatyportal.security;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

import org.treatyportal.users.AccountState;
import org.treatyportal.users.Role;
import org.treatyportal.users.SecurityPolicyService;
import org.treatyportal.users.SignedInUser;
import org.treatyportal.users.UserService;
import org.treatyportal.web.Languages;

/**
 * Ends a signed-in session on its next request when its account was disabled, got a new
 * password or a new role (on any node: the account's session generation is in the
 * database), or when it was idle too long by the application's clock. It also sends an
 * admin who must use two-factor sign-in and has not set it up to do so.
 */
class SessionGuardFilter extends OncePerRequestFilter {

	static final String LAST_SEEN = SessionGuardFilter.class.getName() + ".LAST_SEEN";

	static final String TWO_FACTOR_SETUP = "/admin/account/two-factor";

	private final UserService users;

	private final SecurityPolicyService policy;

	private final Duration idleTimeout;

	private final Clock clock;

	private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

	SessionGuardFilter(UserService users, SecurityPolicyService policy, Duration idleTimeout, Clock clock) {
		this.users = users;
		this.policy = policy;
		this.idleTimeout = idleTimeout;
		this.clock = clock;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = this.contexts.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user) {
			HttpSession session = request.getSession(false);
			Instant now = this.clock.instant();
			Optional<AccountState> state = this.users.accountState(user.getId());
			if (state.isEmpty() || !stillValid(user, state.get(), session, now)) {
				if (session != null) {
					session.invalidate();
				}
				this.contexts.clearContext();
			}
			else {
				if (session != null) {
					session.setAttribute(LAST_SEEN, now);
				}
				if (state.get().language() != null) {
					request.setAttribute(Languages.ACCOUNT_LANGUAGE, state.get().language());
				}
				if (authentication.isAuthenticated() && mustSetUpTwoFactor(state.get(), request)) {
					response.sendRedirect(request.getContextPath() + TWO_FACTOR_SETUP);
					return;
				}
			}
		}
		chain.doFilter(request, response);
	}

	private boolean stillValid(SignedInUser user, AccountState state, HttpSession session, Instant now) {
		long generation = user.getSessionGeneration();
		if (session != null) {
			if (session.getAttribute(SignedInUser.SESSION_GENERATION) instanceof Long current) {
				generation = current;
			}
			if (session.getAttribute(LAST_SEEN) instanceof Instant lastSeen
					&& now.isAfter(lastSeen.plus(this.idleTimeout))) {
				return false;
			}
		}
		return state.enabled() && state.role() == user.getRole() && state.sessionGeneration() == generation;
	}

	private boolean mustSetUpTwoFactor(AccountState state, HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		boolean adminPowers = path.startsWith("/admin") || path.startsWith("/actuator");
		return state.role() == Role.ADMIN && !state.twoFactorEnabled() && adminPowers
				&& !path.startsWith(TWO_FACTOR_SETUP) && this.policy.twoFactorRequiredForAdmins();
	}

}
