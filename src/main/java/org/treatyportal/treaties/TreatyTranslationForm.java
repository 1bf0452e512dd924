package org.treatyportal.treaties;

import jakarta.validation.constraints.Size;

import org.treatyportal.revisions.TranslationForm;

/**
 * A treaty's title, short title and summary in one language other than its original, as
 * typed into the treaty form ({@code translations[fr].title}…).
 */
public class TreatyTranslationForm extends TranslationForm {

	@Size(max = 400)
	private String title;

	@Size(max = 200)
	private String shortTitle;

	@Size(max = 100_000)
	private String summary;

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getShortTitle() {
		return this.shortTitle;
	}

	public void setShortTitle(String shortTitle) {
		this.shortTitle = shortTitle;
	}

	public String getSummary() {
		return this.summary;
	}

	public void setSummary(String summary) {
		this.summary = summary;
	}

	@Override
	public boolean isBlank() {
		return blank(this.title) && blank(this.shortTitle) && blank(this.summary);
	}

}
