package org.treatyportal.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * Sends a failed sign-in back to the form with the e-mail address the user typed, as a
 * flash attribute, so only the password has to be typed again. The message is the same
 * whatever failed, so that it never tells whether an account exists; a throttled attempt
 * says to wait, for existing and unknown accounts alike.
 */
class SignInFailureHandler implements AuthenticationFailureHandler {

	static final String USERNAME = "username";

	private final SessionFlashMapManager flashMaps = new SessionFlashMapManager();

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		FlashMap flash = new FlashMap();
		String username = request.getParameter(USERNAME);
		if (username != null) {
			flash.put(USERNAME, username);
		}
		flash.setTargetRequestPath(request.getContextPath() + "/login");
		this.flashMaps.saveOutputFlashMap(flash, request, response);
		String query = (exception instanceof SignInThrottledException) ? "throttled" : "error";
		response.sendRedirect(request.getContextPath() + "/login?" + query);
	}

}
