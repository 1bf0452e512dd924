package org.treatyportal.api;

import java.util.Locale;
import java.util.NoSuchElementException;

import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import org.treatyportal.treaties.BadTreatyRequest;

/**
 * Errors of the JSON API as JSON, with a reason the caller can act on and nothing
 * internal.
 */
@RestControllerAdvice(basePackageClasses = ApiErrors.class)
class ApiErrors {

	private final MessageSource messages;

	ApiErrors(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(NoSuchElementException.class)
	ResponseEntity<ApiError> notFound() {
		return error(HttpStatus.NOT_FOUND, "no such item");
	}

	@ExceptionHandler(BadApiRequest.class)
	ResponseEntity<ApiError> badRequest(BadApiRequest ex) {
		return error(HttpStatus.BAD_REQUEST, ex.getMessage());
	}

	@ExceptionHandler(BadTreatyRequest.class)
	ResponseEntity<ApiError> badChartRequest(BadTreatyRequest ex) {
		return error(HttpStatus.BAD_REQUEST,
				this.messages.getMessage(ex.getMessageKey(), ex.getArguments(), ex.getMessageKey(), Locale.ENGLISH));
	}

	@ExceptionHandler({ TypeMismatchException.class, MissingServletRequestParameterException.class })
	ResponseEntity<ApiError> unreadable() {
		return error(HttpStatus.BAD_REQUEST, "a parameter has a value that cannot be read");
	}

	/**
	 * JSON whatever the client accepts: a browser's {@code Accept: text/html} made the
	 * error itself fail.
	 */
	private static ResponseEntity<ApiError> error(HttpStatus status, String message) {
		return ResponseEntity.status(status)
			.contentType(MediaType.APPLICATION_JSON)
			.body(new ApiError(status.value(), message));
	}

}
