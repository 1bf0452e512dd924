package org.treatyportal.treaties;

import jakarta.validation.constraints.Size;

import org.treatyportal.revisions.TranslationForm;

/**
 * A statement's text in one language other than its original, as typed into the statement
 * form ({@code translations[fr].text}).
 */
public class StatementTranslationForm extends TranslationForm {

	@Size(max = 50_000)
	private String text;

	public String getText() {
		return this.text;
	}

	public void setText(String text) {
		this.text = text;
	}

	@Override
	public boolean isBlank() {
		return blank(this.text);
	}

}
