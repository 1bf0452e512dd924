package org.treatyportal.countries;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

import org.treatyportal.revisions.VersionedForm;

/**
 * What an admin types into a country's form: its name, region and membership, the profile
 * sections (rich text), the date of the last review and the restricted contacts.
 */
public class CountryForm extends VersionedForm {

	@NotBlank
	@Size(max = 120)
	private String name;

	@NotNull
	private Region region;

	private boolean member;

	private boolean canBeParty;

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

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate lastReviewed;

	@Size(max = 5000)
	private String pointOfContact;

	@Size(max = 5000)
	private String centralAuthority;

	@Valid
	private Map<String, ProfileTranslationForm> translations = new LinkedHashMap<>();

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public Region getRegion() {
		return this.region;
	}

	public void setRegion(Region region) {
		this.region = region;
	}

	public boolean isMember() {
		return this.member;
	}

	public void setMember(boolean member) {
		this.member = member;
	}

	public boolean isCanBeParty() {
		return this.canBeParty;
	}

	public void setCanBeParty(boolean canBeParty) {
		this.canBeParty = canBeParty;
	}

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

	public LocalDate getLastReviewed() {
		return this.lastReviewed;
	}

	public void setLastReviewed(LocalDate lastReviewed) {
		this.lastReviewed = lastReviewed;
	}

	public String getPointOfContact() {
		return this.pointOfContact;
	}

	public void setPointOfContact(String pointOfContact) {
		this.pointOfContact = pointOfContact;
	}

	public String getCentralAuthority() {
		return this.centralAuthority;
	}

	public void setCentralAuthority(String centralAuthority) {
		this.centralAuthority = centralAuthority;
	}

	/**
	 * The item's version in each language other than its original, by language
	 * ({@code translations[fr].…}).
	 */
	public Map<String, ProfileTranslationForm> getTranslations() {
		return this.translations;
	}

	public void setTranslations(Map<String, ProfileTranslationForm> translations) {
		this.translations = translations;
	}

}
