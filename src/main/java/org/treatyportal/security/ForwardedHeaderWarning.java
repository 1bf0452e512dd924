package org.treatyportal.security;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Warns once in the log when a request carries {@code X-Forwarded-For} while
 * {@code portal.security.trusted-proxies} is empty: the site then most likely runs behind
 * a reverse proxy that nobody listed, so every visitor seems to come from the proxy's
 * address, and one person's failed sign-ins make everyone wait.
 */
class ForwardedHeaderWarning extends OncePerRequestFilter {

	private static final String FORWARDED_FOR = "X-Forwarded-For";

	private final boolean noTrustedProxy;

	private final AtomicBoolean warned = new AtomicBoolean();

	ForwardedHeaderWarning(boolean noTrustedProxy) {
		this.noTrustedProxy = noTrustedProxy;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (this.noTrustedProxy && !this.warned.get() && request.getHeader(FORWARDED_FOR) != null
				&& this.warned.compareAndSet(false, true)) {
			this.logger.warn("A request from " + request.getRemoteAddr() + " carries " + FORWARDED_FOR
					+ " but portal.security.trusted-proxies is empty, so the header is ignored. Behind a reverse proxy, "
					+ "every visitor then seems to come from the proxy's address: the sign-in throttle makes them "
					+ "all wait for one person's failures, and the audit log shows the proxy. List the proxy's address "
					+ "in portal.security.trusted-proxies (PORTAL_SECURITY_TRUSTED_PROXIES). This is said once.");
		}
		chain.doFilter(request, response);
	}

}
