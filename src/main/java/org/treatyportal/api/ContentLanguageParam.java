package org.treatyportal.api;

import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;

import org.treatyportal.web.Languages;

/**
 * The {@code lang} parameter of the API's treaty and country answers: the language whose
 * version of the content (and of State names) to give, the site's default when absent.
 */
final class ContentLanguageParam {

	private ContentLanguageParam() {
	}

	/**
	 * The language asked for, made the current locale of the request so that what the
	 * services name (States, their order) follows it.
	 * @throws BadApiRequest for a language the site does not have
	 */
	static String use(String lang, Languages languages) {
		String language = (lang == null || lang.isBlank()) ? languages.defaultLanguage() : lang.strip();
		if (!languages.isSupported(language)) {
			throw new BadApiRequest("lang must be one of " + String.join(", ", languages.all()));
		}
		LocaleContextHolder.setLocale(Locale.forLanguageTag(language));
		return language;
	}

}
