package org.treatyportal.web;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.servlet.filter.OrderedFilter;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers 400 to any request with a NUL byte in its address, a query parameter or a form
 * field (multipart forms included), before anything reads it. PostgreSQL cannot store or
 * even compare a text holding NUL and fails the whole statement, which became a 500 in
 * every controller, form and the sign-in throttle alike; one filter in front of all of
 * them, security included, is the one place that covers the ones to come as well. An
 * upload the container cannot read is left to the upload limit check after it. Addresses
 * with an encoded NUL in the path are refused by Tomcat itself, this covers other
 * containers and MockMvc.
 */
@Component
class NulByteFilter extends OncePerRequestFilter implements OrderedFilter {

	@Override
	public int getOrder() {
		return SecurityFilterProperties.DEFAULT_FILTER_ORDER - 2;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (StringUtils.startsWithIgnoreCase(request.getContentType(), "multipart/")) {
			try {
				request.getParts();
			}
			catch (IOException | ServletException | IllegalStateException ex) {
				// An upload the container cannot read, too large say: the upload limit
				// check answers it.
				chain.doFilter(request, response);
				return;
			}
		}
		if (hasNul(request)) {
			response.sendError(HttpServletResponse.SC_BAD_REQUEST);
			return;
		}
		chain.doFilter(request, response);
	}

	private static boolean hasNul(HttpServletRequest request) {
		if (request.getRequestURI().toLowerCase(Locale.ROOT).contains("%00")) {
			return true;
		}
		for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
			if (parameter.getKey().indexOf('\0') >= 0) {
				return true;
			}
			for (String value : parameter.getValue()) {
				if (value != null && value.indexOf('\0') >= 0) {
					return true;
				}
			}
		}
		return false;
	}

}
