package org.treatyportal.web;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.springframework.boot.servlet.filter.OrderedFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads a page's language from its address. A public address under a language prefix
 * ({@code /fr/news/…}) goes on as the same address without it ({@code /news/…}), with the
 * language in the request attribute {@link Languages#ADDRESS_LANGUAGE}, so every public
 * controller answers in every language unchanged; an unprefixed public address is in the
 * default language. A prefixed address that exists in one language only
 * ({@code /fr/admin}, {@code /fr/css/site.css}) answers 404. Redirects from a page in
 * another language keep its prefix. It runs first, before security, which then sees the
 * bare address (ADR 17).
 */
@Component
class LanguageFilter extends OncePerRequestFilter implements OrderedFilter {

	/** Just after the character encoding filter, before everything else. */
	static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 10;

	private final Languages languages;

	LanguageFilter(Languages languages) {
		this.languages = languages;
	}

	@Override
	public int getOrder() {
		return ORDER;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String contextPath = request.getContextPath();
		String path = request.getRequestURI().substring(contextPath.length());
		request.setAttribute(Languages.ORIGINAL_PATH, path);
		Optional<String> prefix = this.languages.prefixOf(path);
		if (prefix.isEmpty()) {
			if (this.languages.isLocalised(path)) {
				request.setAttribute(Languages.ADDRESS_LANGUAGE, this.languages.defaultLanguage());
				request.setAttribute(Languages.BARE_PATH, path);
			}
			chain.doFilter(request, response);
			return;
		}
		String language = prefix.get();
		String bare = path.substring(language.length() + 1);
		if (bare.isEmpty()) {
			bare = "/";
		}
		if (!this.languages.isLocalised(bare) || this.languages.prefixOf(bare).isPresent()) {
			response.sendError(HttpServletResponse.SC_NOT_FOUND);
			return;
		}
		request.setAttribute(Languages.ADDRESS_LANGUAGE, language);
		request.setAttribute(Languages.BARE_PATH, bare);
		chain.doFilter(new BareRequest(request, contextPath + bare, bare, path),
				new LocalisedRedirects(response, this.languages, language, contextPath));
	}

	/** The request as if it had come without the language prefix. */
	private static final class BareRequest extends HttpServletRequestWrapper {

		private final String uri;

		private final String bare;

		private final String original;

		BareRequest(HttpServletRequest request, String uri, String bare, String original) {
			super(request);
			this.uri = uri;
			this.bare = bare;
			this.original = original;
		}

		@Override
		public String getRequestURI() {
			return this.uri;
		}

		@Override
		public StringBuffer getRequestURL() {
			StringBuffer url = super.getRequestURL();
			String originalUri = super.getRequestURI();
			int at = url.lastIndexOf(originalUri);
			if (at >= 0) {
				url.replace(at, at + originalUri.length(), this.uri);
			}
			return url;
		}

		@Override
		public String getServletPath() {
			String servletPath = super.getServletPath();
			return servletPath.equals(this.original) ? this.bare : servletPath;
		}

	}

	/**
	 * Keeps redirects within the page's language: a redirect to a public address of the
	 * site gets the language prefix.
	 */
	private static final class LocalisedRedirects extends HttpServletResponseWrapper {

		private final Languages languages;

		private final String language;

		private final String contextPath;

		LocalisedRedirects(HttpServletResponse response, Languages languages, String language, String contextPath) {
			super(response);
			this.languages = languages;
			this.language = language;
			this.contextPath = contextPath;
		}

		@Override
		public void sendRedirect(String location) throws IOException {
			super.sendRedirect(localised(location));
		}

		@Override
		public void sendRedirect(String location, int sc, boolean clearBuffer) throws IOException {
			super.sendRedirect(localised(location), sc, clearBuffer);
		}

		@Override
		public void setHeader(String name, String value) {
			super.setHeader(name, HttpHeaders.LOCATION.equalsIgnoreCase(name) ? localised(value) : value);
		}

		@Override
		public void addHeader(String name, String value) {
			super.addHeader(name, HttpHeaders.LOCATION.equalsIgnoreCase(name) ? localised(value) : value);
		}

		private String localised(String location) {
			if (location == null || !location.startsWith(this.contextPath + "/")
					|| location.startsWith("//", this.contextPath.length())) {
				return location;
			}
			String path = location.substring(this.contextPath.length());
			if (this.languages.prefixOf(path).isPresent()) {
				return location;
			}
			return this.contextPath + this.languages.pathIn(this.language, path);
		}

	}

}
