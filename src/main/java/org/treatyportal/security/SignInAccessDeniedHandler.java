package org.treatyportal.security;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Someone halfway through two-factor sign-in is sent to the code form; an editor who
 * opens a part of the admin area that only admins manage gets a 403 page that says so
 * ({@value #ADMINS_ONLY_PAGE}); anyone else who may not see a page (a form sent without
 * its CSRF token, for one) gets the plain 403.
 */
class SignInAccessDeniedHandler implements AccessDeniedHandler {

	/** The page that explains a part of the admin area is for admins only. */
	static final String ADMINS_ONLY_PAGE = "/admin/admins-only";

	private final AccessDeniedHandler forbidden = new AccessDeniedHandlerImpl();

	private final AccessDeniedHandler adminsOnly;

	private final RequestMatcher adminOnlyPaths;

	SignInAccessDeniedHandler(RequestMatcher adminOnlyPaths) {
		this.adminOnlyPaths = adminOnlyPaths;
		AccessDeniedHandlerImpl explained = new AccessDeniedHandlerImpl();
		explained.setErrorPage(ADMINS_ONLY_PAGE);
		this.adminsOnly = explained;
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException exception)
			throws IOException, ServletException {
		if (SecurityContextHolder.getContext().getAuthentication() instanceof SecondFactorPendingAuthentication
				&& "GET".equals(request.getMethod())) {
			response.sendRedirect(request.getContextPath() + "/login/code");
			return;
		}
		Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
		if (!(exception instanceof CsrfException) && signedIn != null && signedIn.isAuthenticated()
				&& !(signedIn instanceof AnonymousAuthenticationToken) && this.adminOnlyPaths.matches(request)) {
			this.adminsOnly.handle(request, response, exception);
			return;
		}
		this.forbidden.handle(request, response, exception);
	}

}
