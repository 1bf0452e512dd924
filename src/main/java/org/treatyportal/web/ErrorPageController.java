package org.treatyportal.web;

import java.util.Locale;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.ModelAndView;

/**
 * The error pages, chosen by address rather than by the {@code Accept} header: the JSON
 * API ({@code /api/**}) answers errors in JSON, every other address with the site's HTML
 * page, also for clients that accept anything ({@code curl}, link checkers), which Spring
 * Boot's own controller would have answered in JSON.
 */
@Controller
@RequestMapping("${server.error.path:${error.path:/error}}")
class ErrorPageController implements ErrorController {

	private final ErrorAttributes errorAttributes;

	private final ErrorViewResolver views;

	ErrorPageController(ErrorAttributes errorAttributes, ErrorViewResolver views) {
		this.errorAttributes = errorAttributes;
		this.views = views;
	}

	@RequestMapping
	Object error(HttpServletRequest request, HttpServletResponse response) {
		HttpStatus status = status(request);
		String path = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		if (path != null && (path.equals("/api") || path.startsWith("/api/"))) {
			return ResponseEntity.status(status)
				.contentType(MediaType.APPLICATION_JSON)
				.body(Map.of("status", status.value(), "error", status.getReasonPhrase().toLowerCase(Locale.ROOT)));
		}
		Map<String, Object> model = this.errorAttributes.getErrorAttributes(new ServletWebRequest(request),
				ErrorAttributeOptions.defaults());
		response.setStatus(status.value());
		response.setContentType(MediaType.TEXT_HTML_VALUE + ";charset=UTF-8");
		ModelAndView view = this.views.resolveErrorView(request, status, model);
		return (view != null) ? view : new ModelAndView("error/5xx", model, status);
	}

	/** The error's status; {@code /error} asked for directly is no page of the site. */
	private static HttpStatus status(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		if (code == null) {
			return HttpStatus.NOT_FOUND;
		}
		HttpStatus status = (code instanceof Integer value) ? HttpStatus.resolve(value) : null;
		return (status != null) ? status : HttpStatus.INTERNAL_SERVER_ERROR;
	}

}
