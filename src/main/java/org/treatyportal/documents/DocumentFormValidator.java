package org.treatyportal.documents;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

import org.treatyportal.states.StateDirectory;

/**
 * The rules of a document form that bean validation cannot say: each chosen file has a
 * real language (a BCP 47 tag the site can name), no language gets two files in one save,
 * and the countries are codes of the site's country list. Each refusal is an error on its
 * own field or row.
 */
class DocumentFormValidator implements Validator {

	private final StateDirectory countries;

	DocumentFormValidator(StateDirectory countries) {
		this.countries = countries;
	}

	@Override
	public boolean supports(Class<?> type) {
		return DocumentForm.class.isAssignableFrom(type);
	}

	@Override
	public void validate(Object target, Errors errors) {
		DocumentForm form = (DocumentForm) target;
		for (String country : form.getCountries()) {
			String code = StateDirectory.normalise(country);
			if (code != null && !this.countries.exists(code)) {
				errors.rejectValue("countries", "documents.countries.unknown", new Object[] { country }, null);
				break;
			}
		}
		Set<String> languages = new HashSet<>();
		List<LanguageFileRow> rows = form.getFiles();
		for (int i = 0; i < rows.size(); i++) {
			LanguageFileRow row = rows.get(i);
			if (row == null || !row.hasFile()) {
				continue;
			}
			String field = "files[" + i + "].language";
			if (row.getLanguage() == null || row.getLanguage().isBlank()) {
				errors.rejectValue(field, "documents.language.required");
				continue;
			}
			Optional<String> tag = LanguageTags.canonical(row.getLanguage());
			if (tag.isEmpty()) {
				errors.rejectValue(field, "documents.language.invalid", new Object[] { row.getLanguage() }, null);
			}
			else if (!languages.add(tag.get())) {
				errors.rejectValue(field, "documents.language.twice", new Object[] { LanguageTags.label(tag.get()) },
						null);
			}
		}
	}

}
