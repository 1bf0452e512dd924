package org.treatyportal.countries;

import java.util.List;

/**
 * A country profile's sections as a page in one language shows them: the translation into
 * that language, or else the original, which the page marks with the original's
 * {@code lang} and a notice. Every section is sanitised HTML, empty when not written.
 *
 * @param requested the page's language
 * @param language the language of the sections given
 * @param statusSummary the status summary
 * @param legislation the legislation section
 * @param policies the policies and strategies section
 * @param institutions the specialised institutions section
 * @param caseLaw the case law section
 * @param sources the sources section
 */
public record ProfileWording(String requested, String language, String statusSummary, String legislation,
		String policies, String institutions, String caseLaw, String sources) {

	/** Whether the profile has no version in the page's language and this is another. */
	public boolean isFallback() {
		return !this.requested.equals(this.language);
	}

	/** Whether any section is written. */
	public boolean hasProfile() {
		return sections().stream().anyMatch((section) -> !section.isEmpty());
	}

	/** The sections in form order. */
	List<String> sections() {
		return List.of(this.statusSummary, this.legislation, this.policies, this.institutions, this.caseLaw,
				this.sources);
	}

}
