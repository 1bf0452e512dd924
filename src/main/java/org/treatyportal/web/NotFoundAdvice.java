package org.treatyportal.web;

import java.io.IOException;
import java.util.NoSuchElementException;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * Answers 404 with the site's error page when a controller looks up an item that does not
 * exist ({@code Optional.orElseThrow()}), instead of a 500.
 */
@ControllerAdvice
class NotFoundAdvice {

	@ExceptionHandler(NoSuchElementException.class)
	void notFound(HttpServletResponse response) throws IOException {
		response.sendError(HttpServletResponse.SC_NOT_FOUND);
	}

}
