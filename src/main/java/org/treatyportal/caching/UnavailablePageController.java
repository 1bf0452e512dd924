package org.treatyportal.caching;

import java.io.IOException;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The page shown while the database cannot be reached: {@code 503} with
 * {@code Retry-After}, from a template that needs nothing from the database.
 * {@link PageCacheFilter} forwards here.
 */
@Controller
class UnavailablePageController {

	static final String PATH = "/error/unavailable";

	/** Seconds after which a client may try again. */
	static final String RETRY_AFTER = "30";

	@RequestMapping(PATH)
	String unavailable(HttpServletRequest request, HttpServletResponse response) throws IOException {
		if (request.getDispatcherType() != DispatcherType.FORWARD) {
			// No page of the site: only the filter shows it, in place of another.
			response.sendError(HttpServletResponse.SC_NOT_FOUND);
			return null;
		}
		response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
		response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER);
		response.setHeader(HttpHeaders.CACHE_CONTROL, PageCacheFilter.NO_STORE);
		return "error/503";
	}

}
