package org.treatyportal.treaties;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A treaty's reference as each language writes it: "ETS 185" and "CETS 224" in English,
 * "STE n° 185" and "STCE n° 224" in French, from the bundles'
 * {@code treaties.reference.<series>}. Templates reach it as {@code @treatyReferences}.
 */
@Component("treatyReferences")
public class TreatyReferences {

	private final MessageSource messages;

	TreatyReferences(MessageSource messages) {
		this.messages = messages;
	}

	/** The reference in the current request's language. */
	public String of(Treaty treaty) {
		return of(treaty, LocaleContextHolder.getLocale());
	}

	/**
	 * The reference in a language; the stored one for a series the bundles do not name.
	 */
	public String of(Treaty treaty, Locale locale) {
		return this.messages.getMessage("treaties.reference." + treaty.getSeries(), new Object[] { treaty.getNumber() },
				treaty.getReference(), locale);
	}

}
