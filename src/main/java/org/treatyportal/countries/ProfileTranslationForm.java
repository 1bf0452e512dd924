package org.treatyportal.countries;

import jakarta.validation.constraints.Size;

import org.treatyportal.revisions.TranslationForm;

/**
 * Every section of a country's profile in one language other than its original, as typed
 * into the country form ({@code translations[fr].legislation}…).
 */
public class ProfileTranslationForm extends TranslationForm {

	@Size(max = 100_000)
	private String statusSummary;

	@Size(max = 100_000)
	private String legislation;

	@Size(max = 100_000)
	private String policies;

	@Size(max = 100_000)
	private String institutions;

	@Size(max = 100_000)
	private String caseLaw;

	@Size(max = 100_000)
	private String sources;

	public String getStatusSummary() {
		return this.statusSummary;
	}

	public void setStatusSummary(String statusSummary) {
		this.statusSummary = statusSummary;
	}

	public String getLegislation() {
		return this.legislation;
	}

	public void setLegislation(String legislation) {
		this.legislation = legislation;
	}

	public String getPolicies() {
		return this.policies;
	}

	public void setPolicies(String policies) {
		this.policies = policies;
	}

	public String getInstitutions() {
		return this.institutions;
	}

	public void setInstitutions(String institutions) {
		this.institutions = institutions;
	}

	public String getCaseLaw() {
		return this.caseLaw;
	}

	public void setCaseLaw(String caseLaw) {
		this.caseLaw = caseLaw;
	}

	public String getSources() {
		return this.sources;
	}

	public void setSources(String sources) {
		this.sources = sources;
	}

	@Override
	public boolean isBlank() {
		return blank(this.statusSummary) && blank(this.legislation) && blank(this.policies) && blank(this.institutions)
				&& blank(this.caseLaw) && blank(this.sources);
	}

}
