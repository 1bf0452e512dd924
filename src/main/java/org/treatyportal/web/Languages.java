package org.treatyportal.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import org.treatyportal.config.PortalProperties;

/**
 * The site's languages ({@code portal.languages}) and how an address names one. The first
 * language is the default and keeps the unprefixed addresses; every other one serves the
 * same public pages under {@code /<language>/…}. A page's language comes from its address
 * only, never from {@code Accept-Language} or a cookie, so that one address is one page
 * for caches and search engines (ADR 17). Templates reach it as {@code @languages}.
 */
@Component("languages")
public class Languages {

	/**
	 * Request attribute holding the language the address names, set by
	 * {@link LanguageFilter} on public pages only.
	 */
	public static final String ADDRESS_LANGUAGE = Languages.class.getName() + ".ADDRESS";

	/**
	 * Request attribute holding the address as the visitor asked for it, language prefix
	 * included, without the context path (the request's own URI has no prefix any more).
	 */
	public static final String ORIGINAL_PATH = Languages.class.getName() + ".ORIGINAL_PATH";

	/**
	 * Request attribute holding the address without its language prefix and context path,
	 * the same in every language.
	 */
	static final String BARE_PATH = Languages.class.getName() + ".BARE_PATH";

	/**
	 * Request attribute holding the interface language chosen by the signed-in user, for
	 * the pages that are not public (the admin area).
	 */
	public static final String ACCOUNT_LANGUAGE = Languages.class.getName() + ".ACCOUNT";

	/**
	 * Addresses that exist in one language only: the admin area, sign-in, the API, files
	 * and what search engines read. They are never prefixed, and a prefixed one answers
	 * 404.
	 */
	private static final List<String> UNLOCALISED = List.of("/admin", "/login", "/logout", "/api", "/actuator",
			"/password-reset", "/attachments", "/css", "/js", "/images", "/error", "/sitemap.xml", "/robots.txt",
			"/favicon.ico");

	private final List<String> tags;

	private final MessageSource messages;

	Languages(PortalProperties properties, MessageSource messages) {
		this.tags = properties.languages();
		this.messages = messages;
	}

	/** The site's languages, the default first. */
	public List<String> all() {
		return this.tags;
	}

	/** The default language, whose addresses have no prefix. */
	public String defaultLanguage() {
		return this.tags.get(0);
	}

	/** Whether the tag is one of the site's languages. */
	public boolean isSupported(String tag) {
		return this.tags.contains(tag);
	}

	/** The language of a path that starts with a language prefix, if it does. */
	Optional<String> prefixOf(String path) {
		for (String tag : this.tags.subList(1, this.tags.size())) {
			if (path.equals("/" + tag) || path.startsWith("/" + tag + "/")) {
				return Optional.of(tag);
			}
		}
		return Optional.empty();
	}

	/**
	 * Whether a path, without a language prefix, is a public page that exists in every
	 * language.
	 * @param path starting with {@code /}, query allowed
	 */
	public boolean isLocalised(String path) {
		if (path == null || !path.startsWith("/") || path.startsWith("//")) {
			return false;
		}
		String bare = bare(path);
		for (String prefix : UNLOCALISED) {
			if (bare.equals(prefix) || bare.startsWith(prefix + "/")) {
				return false;
			}
		}
		// A document's file in one language (/documents/{slug}/{lang}) is the same bytes
		// whatever the interface's language.
		return !bare.matches("/documents/[^/]+/[^/]+");
	}

	/**
	 * The address of a path in a language: unchanged in the default language or when the
	 * path is not a localised one, else behind the language's prefix ({@code /fr/news},
	 * and {@code /fr/} for the home page).
	 * @param language one of the site's languages
	 * @param path a path without language prefix, starting with {@code /}, query allowed
	 */
	public String pathIn(String language, String path) {
		if (language.equals(defaultLanguage()) || !isLocalised(path)) {
			return path;
		}
		return "/" + language + path;
	}

	/**
	 * The language the current request's address names, or {@code null} where the page is
	 * not a public one (admin, sign-in) or there is no request.
	 */
	public String current() {
		HttpServletRequest request = currentRequest();
		return (request != null) ? addressLanguage(request) : null;
	}

	/** The language the request's address names, or {@code null} off the public site. */
	public static String addressLanguage(HttpServletRequest request) {
		return (request.getAttribute(ADDRESS_LANGUAGE) instanceof String language) ? language : null;
	}

	/**
	 * The {@code lang} to put on content written in the default language (all content,
	 * for now) where the page is in another language; {@code null}, which leaves the
	 * attribute out, where the page is in the default language.
	 */
	public String contentLang() {
		String current = current();
		return (current != null && !current.equals(defaultLanguage())) ? defaultLanguage() : null;
	}

	/**
	 * The current public page in every language: for the header's language switch and the
	 * {@code hreflang} links. Empty off the public site.
	 */
	public List<Alternate> alternates() {
		HttpServletRequest request = currentRequest();
		if (request == null || addressLanguage(request) == null) {
			return List.of();
		}
		String path = (String) request.getAttribute(BARE_PATH);
		String query = request.getQueryString();
		String pathAndQuery = (query != null) ? path + "?" + query : path;
		String current = addressLanguage(request);
		List<Alternate> alternates = new ArrayList<>();
		for (String tag : this.tags) {
			Locale locale = Locale.forLanguageTag(tag);
			alternates.add(new Alternate(tag, request.getContextPath() + pathIn(tag, pathAndQuery), pathIn(tag, path),
					name(tag), tag.equals(current)));
		}
		return alternates;
	}

	/**
	 * A language's name in itself ("Français"), from its own bundle's
	 * {@code language.name}.
	 */
	public String name(String language) {
		return this.messages.getMessage("language.name", null, language, Locale.forLanguageTag(language));
	}

	/**
	 * A language's name in the current request's language, as a sentence writes it:
	 * "French" on an English page, "français" on a French one.
	 */
	public String nameHere(String language) {
		Locale here = LocaleContextHolder.getLocale();
		return Locale.forLanguageTag(language).getDisplayLanguage(here);
	}

	/**
	 * The Open Graph locale of a language ({@code fr_FR}), from its own bundle's
	 * {@code language.ogLocale}.
	 */
	public String ogLocale(String language) {
		return this.messages.getMessage("language.ogLocale", null, language, Locale.forLanguageTag(language));
	}

	private static String bare(String path) {
		int end = path.length();
		int query = path.indexOf('?');
		if (query >= 0) {
			end = query;
		}
		int fragment = path.indexOf('#');
		if (fragment >= 0 && fragment < end) {
			end = fragment;
		}
		return path.substring(0, end);
	}

	private static HttpServletRequest currentRequest() {
		RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
		return (attributes instanceof ServletRequestAttributes servlet) ? servlet.getRequest() : null;
	}

	/**
	 * The current page in one language.
	 *
	 * @param language its tag
	 * @param href the page's address in that language, with the current query and the
	 * context path: the switch's target, to write as it is (not through {@code @{}},
	 * which would give it the current page's language)
	 * @param path the same without the query
	 * @param name the language's name in that language ("Français")
	 * @param current whether it is the language of the page being shown
	 */
	public record Alternate(String language, String href, String path, String name, boolean current) {
	}

}
