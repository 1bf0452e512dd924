package org.treatyportal.documents;

import java.util.Locale;
import java.util.Optional;

/**
 * What kind of document it is.
 */
public enum DocumentType {

	TREATY_TEXT, EXPLANATORY_REPORT, REPORT, GUIDELINES, PROGRAMME, PRESENTATION, OTHER;

	/**
	 * The name in addresses, e.g. {@code treaty-text} in
	 * {@code /documents?type=treaty-text}.
	 */
	public String slug() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	/** Key of the type's name in the message bundle. */
	public String messageKey() {
		return "documents.type." + name();
	}

	/** The type with this {@link #slug()}. */
	public static Optional<DocumentType> fromSlug(String slug) {
		for (DocumentType type : values()) {
			if (type.slug().equals(slug)) {
				return Optional.of(type);
			}
		}
		return Optional.empty();
	}

}
