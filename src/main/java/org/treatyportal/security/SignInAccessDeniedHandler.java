package org.treatyportal.security;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;

/**
 * Someone halfway through two-factor sign-in is sent to the code form; anyone else who
 * may not see a page gets 403.
 */
class SignInAccessDeniedHandler implements AccessDeniedHandler {

	private final AccessDeniedHandler forbidden = new AccessDeniedHandlerImpl();

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException exception)
			throws IOException, ServletException {
		if (SecurityContextHolder.getContext().getAuthentication() instanceof SecondFactorPendingAuthentication
				&& "GET".equals(request.getMethod())) {
			response.sendRedirect(request.getContextPath() + "/login/code");
			return;
		}
		this.forbidden.handle(request, response, exception);
	}

}
