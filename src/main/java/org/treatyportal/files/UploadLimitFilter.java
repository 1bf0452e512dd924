package org.treatyportal.files;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.servlet.filter.OrderedFilter;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.StandardMultipartHttpServletRequest;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.support.SessionFlashMapManager;

import org.treatyportal.config.PortalProperties;

/**
 * Sends an upload over the container's multipart limits back to the page it came from,
 * with {@code upload.tooLarge} in the flash attribute
 * {@value FileUploads#TOO_LARGE_ATTRIBUTE}.
 * <p>
 * It has to be a filter that runs before Spring Security: the CSRF filter reads the token
 * from the request's parameters, which for a multipart request means parsing the body,
 * and the container then fails the whole request with a bare 413 before Spring MVC (or
 * any {@code @ControllerAdvice}) sees it. Parsing here first changes nothing for other
 * requests: the container keeps the parts it parsed.
 */
@Component
class UploadLimitFilter extends OncePerRequestFilter implements OrderedFilter {

	private final MessageSource messages;

	private final ObjectProvider<LocaleResolver> localeResolver;

	private final PortalProperties properties;

	private final SessionFlashMapManager flashMaps = new SessionFlashMapManager();

	UploadLimitFilter(MessageSource messages, ObjectProvider<LocaleResolver> localeResolver,
			PortalProperties properties) {
		this.messages = messages;
		this.localeResolver = localeResolver;
		this.properties = properties;
	}

	@Override
	public int getOrder() {
		return SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (StringUtils.startsWithIgnoreCase(request.getContentType(), "multipart/")) {
			try {
				// Spring MVC's own parsing, and its way of telling a size limit from
				// other failures
				new StandardMultipartHttpServletRequest(request);
			}
			catch (MaxUploadSizeExceededException ex) {
				redirectBack(request, response);
				return;
			}
			catch (MultipartException ex) {
				// Another failure: the application answers it as it would without this
				// filter.
			}
		}
		chain.doFilter(request, response);
	}

	private void redirectBack(HttpServletRequest request, HttpServletResponse response) throws IOException {
		String target = back(request);
		UploadRejectedException refusal = UploadRejectedException.tooLarge(this.properties.uploads().maxSize());
		FlashMap flash = new FlashMap();
		flash.put(FileUploads.TOO_LARGE_ATTRIBUTE, this.messages.getMessage(refusal, locale(request)));
		flash.setTargetRequestPath(URI.create(target).getPath());
		this.flashMaps.saveOutputFlashMap(flash, request, response);
		response.sendRedirect(target);
	}

	private Locale locale(HttpServletRequest request) {
		LocaleResolver resolver = this.localeResolver.getIfUnique();
		return (resolver != null) ? resolver.resolveLocale(request) : request.getLocale();
	}

	/** The referring page when it is on this site, else the address posted to. */
	private static String back(HttpServletRequest request) {
		String referer = request.getHeader(HttpHeaders.REFERER);
		if (referer != null) {
			try {
				URI uri = new URI(referer);
				String path = uri.getRawPath();
				if (request.getServerName().equalsIgnoreCase(uri.getHost()) && uri.getPort() == request.getServerPort()
						&& path != null && path.startsWith("/") && !path.startsWith("//")) {
					return path + ((uri.getRawQuery() != null) ? "?" + uri.getRawQuery() : "");
				}
			}
			catch (URISyntaxException ex) {
				// Not an address: fall back.
			}
		}
		return request.getRequestURI();
	}

}
