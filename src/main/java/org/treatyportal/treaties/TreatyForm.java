package org.treatyportal.treaties;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

import org.treatyportal.revisions.VersionedForm;

/**
 * What an admin types into the treaty form.
 */
public class TreatyForm extends VersionedForm {

	@NotBlank
	@Pattern(regexp = "ETS|CETS")
	private String series = "ETS";

	@NotNull
	@Min(1)
	@Max(999_999_999)
	private Integer number;

	@NotBlank
	@Size(max = 400)
	private String title;

	@NotBlank
	@Size(max = 200)
	private String shortTitle;

	@Size(max = 100_000)
	private String summary;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate openedOn;

	@Size(max = 120)
	private String openedPlace;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate entryIntoForce;

	@Size(max = 400)
	private String entryIntoForceCondition;

	@NotNull
	@Min(0)
	@Max(24)
	private Integer monthsAfterDeposit = 3;

	@Min(1)
	@Max(1000)
	private Integer ratificationsRequired;

	@Valid
	private Map<String, TreatyTranslationForm> translations = new LinkedHashMap<>();

	public String getSeries() {
		return this.series;
	}

	public void setSeries(String series) {
		this.series = series;
	}

	public Integer getNumber() {
		return this.number;
	}

	public void setNumber(Integer number) {
		this.number = number;
	}

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

	public LocalDate getOpenedOn() {
		return this.openedOn;
	}

	public void setOpenedOn(LocalDate openedOn) {
		this.openedOn = openedOn;
	}

	public String getOpenedPlace() {
		return this.openedPlace;
	}

	public void setOpenedPlace(String openedPlace) {
		this.openedPlace = openedPlace;
	}

	public LocalDate getEntryIntoForce() {
		return this.entryIntoForce;
	}

	public void setEntryIntoForce(LocalDate entryIntoForce) {
		this.entryIntoForce = entryIntoForce;
	}

	public String getEntryIntoForceCondition() {
		return this.entryIntoForceCondition;
	}

	public void setEntryIntoForceCondition(String entryIntoForceCondition) {
		this.entryIntoForceCondition = entryIntoForceCondition;
	}

	public Integer getMonthsAfterDeposit() {
		return this.monthsAfterDeposit;
	}

	public void setMonthsAfterDeposit(Integer monthsAfterDeposit) {
		this.monthsAfterDeposit = monthsAfterDeposit;
	}

	public Integer getRatificationsRequired() {
		return this.ratificationsRequired;
	}

	public void setRatificationsRequired(Integer ratificationsRequired) {
		this.ratificationsRequired = ratificationsRequired;
	}

	/**
	 * The item's version in each language other than its original, by language
	 * ({@code translations[fr].…}).
	 */
	public Map<String, TreatyTranslationForm> getTranslations() {
		return this.translations;
	}

	public void setTranslations(Map<String, TreatyTranslationForm> translations) {
		this.translations = translations;
	}

}
