package org.treatyportal.caching;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.servlet.filter.OrderedFilter;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers a visitor who has no session cookie with a kept page before Spring Session's
 * filter: such a visitor is anonymous, and the session lookup it would otherwise cost is
 * most of what a kept page costs besides the generation check. Everything else (a miss, a
 * request with a session cookie) goes on to {@link PageCacheFilter} as before.
 */
@Component
class SessionlessPageFilter extends OncePerRequestFilter implements OrderedFilter {

	private final PageCacheFilter pages;

	private final String sessionCookie;

	SessionlessPageFilter(PageCacheFilter pages,
			@Value("${server.servlet.session.cookie.name:SESSION}") String sessionCookie) {
		this.pages = pages;
		this.sessionCookie = sessionCookie;
	}

	@Override
	public int getOrder() {
		// After the language filter, which says what address the visitor sent.
		return SessionRepositoryFilter.DEFAULT_ORDER - 10;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (hasSessionCookie(request) || !this.pages.serveKept(request, response)) {
			chain.doFilter(request, response);
		}
	}

	private boolean hasSessionCookie(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		if (cookies != null) {
			for (Cookie cookie : cookies) {
				if (this.sessionCookie.equals(cookie.getName())) {
					return true;
				}
			}
		}
		return false;
	}

}
