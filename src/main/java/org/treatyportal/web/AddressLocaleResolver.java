package org.treatyportal.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The locale of a request: the language its address names on the public site; in the
 * admin area, the signed-in user's chosen interface language; else the site's default
 * language. Never {@code Accept-Language}, never a cookie or the session.
 */
class AddressLocaleResolver implements LocaleResolver {

	private final Languages languages;

	AddressLocaleResolver(Languages languages) {
		this.languages = languages;
	}

	@Override
	public Locale resolveLocale(HttpServletRequest request) {
		String language = Languages.addressLanguage(request);
		if (language == null && request.getAttribute(Languages.ACCOUNT_LANGUAGE) instanceof String account
				&& this.languages.isSupported(account)) {
			language = account;
		}
		return Locale.forLanguageTag((language != null) ? language : this.languages.defaultLanguage());
	}

	@Override
	public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
		throw new UnsupportedOperationException("A page's language comes from its address");
	}

}
