package org.treatyportal.security;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import org.treatyportal.config.PortalProperties;
import org.treatyportal.users.SignInThrottle;
import org.treatyportal.users.SignedInUser;
import org.treatyportal.users.TwoFactorService;

/**
 * The second step of sign-in for accounts with two-factor sign-in: a code from the
 * authenticator app or a recovery code. Codes go through the same throttle as passwords:
 * counted before they are checked, so parallel guesses cannot pass a wait.
 */
@Controller
class SecondFactorController {

	static final String VIEW = "account/sign-in-code";

	private final TwoFactorService twoFactor;

	private final SignInThrottle throttle;

	private final SecurityContextRepository contextRepository;

	private final SignInSuccessHandler successHandler;

	private final ApplicationEventPublisher events;

	private final Duration codeTimeout;

	private final Clock clock;

	private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

	SecondFactorController(TwoFactorService twoFactor, SignInThrottle throttle,
			SecurityContextRepository contextRepository, SignInSuccessHandler successHandler,
			ApplicationEventPublisher events, PortalProperties properties, Clock clock) {
		this.twoFactor = twoFactor;
		this.throttle = throttle;
		this.contextRepository = contextRepository;
		this.successHandler = successHandler;
		this.events = events;
		this.codeTimeout = properties.security().codeTimeout();
		this.clock = clock;
	}

	@GetMapping("/login/code")
	String form(HttpServletRequest request, HttpServletResponse response) {
		return (pending(request, response) != null) ? VIEW : "redirect:/login";
	}

	@PostMapping("/login/code")
	String verify(@RequestParam(defaultValue = "") String code, HttpServletRequest request,
			HttpServletResponse response, Model model) throws IOException, ServletException {
		SecondFactorPendingAuthentication pending = pending(request, response);
		if (pending == null) {
			return "redirect:/login?expired";
		}
		String email = pending.getName();
		String address = PortalAuthenticationProvider.clientAddress(pending);
		SignInThrottle.Attempt attempt = this.throttle.begin(email, address);
		if (attempt.refused()) {
			this.events.publishEvent(new AuthenticationFailureBadCredentialsEvent(pending,
					new SignInThrottledException(attempt.refusedUntil())));
			signOut(request, response);
			return "redirect:/login?throttled";
		}
		SignedInUser user = pending.getPrincipal();
		if (!this.twoFactor.verify(user.getId(), code).accepted()) {
			this.throttle.failed(attempt);
			this.events.publishEvent(
					new AuthenticationFailureBadCredentialsEvent(pending, new BadCredentialsException("Wrong code")));
			model.addAttribute("wrongCode", true);
			return VIEW;
		}
		Authentication signedIn = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
		((UsernamePasswordAuthenticationToken) signedIn).setDetails(pending.getDetails());
		request.changeSessionId();
		SecurityContext context = this.contexts.createEmptyContext();
		context.setAuthentication(signedIn);
		this.contexts.setContext(context);
		this.contextRepository.saveContext(context, request, response);
		this.throttle.signedIn(attempt, user.getId());
		this.events.publishEvent(new AuthenticationSuccessEvent(signedIn));
		this.successHandler.onAuthenticationSuccess(request, response, signedIn);
		return null;
	}

	private SecondFactorPendingAuthentication pending(HttpServletRequest request, HttpServletResponse response) {
		if (this.contexts.getContext().getAuthentication() instanceof SecondFactorPendingAuthentication pending) {
			if (!pending.isExpired(this.clock.instant(), this.codeTimeout)) {
				return pending;
			}
			signOut(request, response);
		}
		return null;
	}

	private void signOut(HttpServletRequest request, HttpServletResponse response) {
		SecurityContext empty = this.contexts.createEmptyContext();
		this.contexts.setContext(empty);
		this.contextRepository.saveContext(empty, request, response);
	}

}
