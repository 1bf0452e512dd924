package org.treatyportal.treaties;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.treatyportal.publishing.TextFingerprint;
import org.treatyportal.revisions.Revisioned;

/**
 * A treaty of the organisation (ETS 185, CETS 224, ...) with its opening for signature,
 * its entry into force and the rule that gives each State's own entry into force. Its
 * title, short title and summary are written in its original {@link #getLanguage()
 * language} and may have a version in each other language (ADR 18).
 */
@Entity
@Table(name = "treaty")
public class Treaty implements Revisioned {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false)
	private String series;

	private int number;

	@Column(nullable = false)
	private String title;

	@Column(name = "short_title", nullable = false)
	private String shortTitle;

	@Column(nullable = false)
	private String summary = "";

	@Column(name = "opened_on")
	private LocalDate openedOn;

	@Column(name = "opened_place", nullable = false)
	private String openedPlace = "";

	@Column(name = "entry_into_force")
	private LocalDate entryIntoForce;

	@Column(name = "entry_into_force_condition", nullable = false)
	private String entryIntoForceCondition = "";

	@Column(name = "months_after_deposit")
	private int monthsAfterDeposit = 3;

	@Column(name = "ratifications_required")
	private Integer ratificationsRequired;

	@Column(name = "updated_at")
	private Instant updatedAt;

	@Column(nullable = false)
	private String language = "en";

	@ElementCollection
	@CollectionTable(name = "treaty_translation", joinColumns = @JoinColumn(name = "treaty_id"))
	@MapKeyColumn(name = "language")
	private Map<String, TreatyTranslation> translations = new HashMap<>();

	@Version
	private long version;

	protected Treaty() {
	}

	Treaty(String series, int number, String title, String shortTitle) {
		this.series = series;
		this.number = number;
		this.title = title;
		this.shortTitle = shortTitle;
	}

	public Long getId() {
		return this.id;
	}

	/** ETS or CETS. */
	public String getSeries() {
		return this.series;
	}

	void setSeries(String series) {
		this.series = series;
	}

	public int getNumber() {
		return this.number;
	}

	void setNumber(int number) {
		this.number = number;
	}

	/** Series and number as people cite them, e.g. "ETS 185". */
	public String getReference() {
		return this.series + " " + this.number;
	}

	public String getTitle() {
		return this.title;
	}

	void setTitle(String title) {
		this.title = title;
	}

	public String getShortTitle() {
		return this.shortTitle;
	}

	void setShortTitle(String shortTitle) {
		this.shortTitle = shortTitle;
	}

	public String getSummary() {
		return this.summary;
	}

	void setSummary(String summary) {
		this.summary = summary;
	}

	public LocalDate getOpenedOn() {
		return this.openedOn;
	}

	void setOpenedOn(LocalDate openedOn) {
		this.openedOn = openedOn;
	}

	public String getOpenedPlace() {
		return this.openedPlace;
	}

	void setOpenedPlace(String openedPlace) {
		this.openedPlace = openedPlace;
	}

	/** The treaty's own entry into force, or {@code null} while it is not in force. */
	public LocalDate getEntryIntoForce() {
		return this.entryIntoForce;
	}

	void setEntryIntoForce(LocalDate entryIntoForce) {
		this.entryIntoForce = entryIntoForce;
	}

	public String getEntryIntoForceCondition() {
		return this.entryIntoForceCondition;
	}

	void setEntryIntoForceCondition(String entryIntoForceCondition) {
		this.entryIntoForceCondition = entryIntoForceCondition;
	}

	/** N in "first day of the month after N months from the deposit". */
	public int getMonthsAfterDeposit() {
		return this.monthsAfterDeposit;
	}

	void setMonthsAfterDeposit(int monthsAfterDeposit) {
		this.monthsAfterDeposit = monthsAfterDeposit;
	}

	/**
	 * How many ratifications its entry into force required, or {@code null} when not
	 * given.
	 */
	public Integer getRatificationsRequired() {
		return this.ratificationsRequired;
	}

	void setRatificationsRequired(Integer ratificationsRequired) {
		this.ratificationsRequired = ratificationsRequired;
	}

	/**
	 * Whether the records are incomplete on a date: the treaty was in force by then, yet
	 * fewer ratifications are recorded by then than its entry into force required (at
	 * least one, when the number is not given).
	 */
	public boolean recordsIncomplete(int ratifications, LocalDate date) {
		int required = (this.ratificationsRequired != null) ? this.ratificationsRequired : 1;
		return this.entryIntoForce != null && !this.entryIntoForce.isAfter(date) && ratifications < required;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

	void setUpdatedAt(Instant updatedAt) {
		this.updatedAt = updatedAt;
	}

	public long getVersion() {
		return this.version;
	}

	/** The language of the original title, short title and summary. */
	public String getLanguage() {
		return this.language;
	}

	/** The treaty's version in a language other than its original, if it has one. */
	public Optional<TreatyTranslation> translation(String language) {
		return Optional.ofNullable(this.translations.get(language));
	}

	/** The languages the treaty has a version in, its original first. */
	public List<String> languages() {
		List<String> languages = new ArrayList<>();
		languages.add(this.language);
		this.translations.keySet().stream().sorted().forEach(languages::add);
		return languages;
	}

	/**
	 * Sets the treaty's version in a language other than its original. A changed text
	 * follows the original as it stands now; an unchanged one keeps what it followed.
	 */
	void translate(String language, String title, String shortTitle, String summary, Instant when) {
		if (language.equals(this.language)) {
			throw new IllegalArgumentException("The original is not a translation: " + language);
		}
		TreatyTranslation current = this.translations.get(language);
		if (current == null || !current.says(title, shortTitle, summary)) {
			this.translations.put(language, new TreatyTranslation(title, shortTitle, summary, fingerprint(), when));
		}
	}

	void removeTranslation(String language) {
		this.translations.remove(language);
	}

	/** Whether the original changed after the translation into the language was saved. */
	public boolean isOutOfDate(String language) {
		return translation(language).map((translation) -> !translation.getBasedOn().equals(fingerprint()))
			.orElse(false);
	}

	/** Confirms that the translation into the language follows the original as it is. */
	void confirmTranslation(String language) {
		translation(language).ifPresent((translation) -> translation.confirm(fingerprint()));
	}

	/** The treaty's words in a language: its translation, or else its original. */
	public TreatyWording in(String language) {
		TreatyTranslation translation = this.translations.get(language);
		if (translation == null || language.equals(this.language)) {
			return new TreatyWording(language, this.language, this.title, this.shortTitle, this.summary);
		}
		return new TreatyWording(language, language, translation.getTitle(), translation.getShortTitle(),
				translation.getSummary());
	}

	private String fingerprint() {
		return TextFingerprint.of(this.title, this.shortTitle, this.summary);
	}

}
