package org.treatyportal.countries;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.PrimaryKeyJoinColumn;
import jakarta.persistence.SecondaryTable;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.treatyportal.publishing.TextFingerprint;
import org.treatyportal.revisions.Revisioned;

/**
 * A State or territory of ISO 3166-1, with its region, whether it is a member of the
 * organisation, and its profile. The profile lives in its own table
 * ({@code country_profile}) so that demo content can add it without touching a row an
 * admin may have edited; it is one entity with one version all the same. The profile's
 * sections are written in its original {@link #getLanguage() language} and may have a
 * version in each other language (ADR 18); the name's translations are the country
 * table's ({@code country_name}).
 */
@Entity
@Table(name = "country")
@SecondaryTable(name = "country_profile", pkJoinColumns = @PrimaryKeyJoinColumn(name = "country_id"))
public class Country implements Revisioned {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, updatable = false)
	private String code;

	@Column(nullable = false)
	private String name;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Region region;

	private boolean member;

	@Column(name = "can_be_party")
	private boolean canBeParty;

	@Column(name = "updated_at")
	private Instant updatedAt;

	@Version
	private long version;

	@Column(table = "country_profile", name = "status_summary")
	private String statusSummary;

	@Column(table = "country_profile")
	private String legislation;

	@Column(table = "country_profile")
	private String policies;

	@Column(table = "country_profile")
	private String institutions;

	@Column(table = "country_profile", name = "case_law")
	private String caseLaw;

	@Column(table = "country_profile")
	private String sources;

	@Column(table = "country_profile", name = "last_reviewed")
	private LocalDate lastReviewed;

	@Column(table = "country_profile", name = "language")
	private String language;

	@ElementCollection
	@CollectionTable(name = "country_profile_translation", joinColumns = @JoinColumn(name = "country_id"))
	@MapKeyColumn(name = "language")
	private Map<String, ProfileTranslation> translations = new HashMap<>();

	@Column(table = "country_profile", name = "point_of_contact")
	private String pointOfContact;

	@Column(table = "country_profile", name = "central_authority")
	private String centralAuthority;

	protected Country() {
	}

	public Long getId() {
		return this.id;
	}

	/** The ISO 3166-1 alpha-2 code, upper case as ISO writes it. */
	public String getCode() {
		return this.code;
	}

	/** The code as it appears in URLs: lower case. */
	public String getSlug() {
		return this.code.toLowerCase(Locale.ROOT);
	}

	public String getName() {
		return this.name;
	}

	void setName(String name) {
		this.name = name;
	}

	public Region getRegion() {
		return this.region;
	}

	void setRegion(Region region) {
		this.region = region;
	}

	/** Whether the State is a member of the organisation. */
	public boolean isMember() {
		return this.member;
	}

	void setMember(boolean member) {
		this.member = member;
	}

	/**
	 * Whether it is a State that can become a Party to a treaty (not a territory): the
	 * States the "new record" form offers.
	 */
	public boolean isCanBeParty() {
		return this.canBeParty;
	}

	void setCanBeParty(boolean canBeParty) {
		this.canBeParty = canBeParty;
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

	public String getStatusSummary() {
		return text(this.statusSummary);
	}

	public String getLegislation() {
		return text(this.legislation);
	}

	public String getPolicies() {
		return text(this.policies);
	}

	public String getInstitutions() {
		return text(this.institutions);
	}

	public String getCaseLaw() {
		return text(this.caseLaw);
	}

	public String getSources() {
		return text(this.sources);
	}

	public LocalDate getLastReviewed() {
		return this.lastReviewed;
	}

	/** The 24/7 point of contact: shown only to signed-in users. */
	public String getPointOfContact() {
		return text(this.pointOfContact);
	}

	/** The central authority for mutual assistance: shown only to signed-in users. */
	public String getCentralAuthority() {
		return text(this.centralAuthority);
	}

	/** Whether any profile section is written. */
	public boolean hasProfile() {
		return !(getStatusSummary().isEmpty() && getLegislation().isEmpty() && getPolicies().isEmpty()
				&& getInstitutions().isEmpty() && getCaseLaw().isEmpty() && getSources().isEmpty());
	}

	/** Whether any restricted contact is recorded. */
	public boolean hasContacts() {
		return !(getPointOfContact().isEmpty() && getCentralAuthority().isEmpty());
	}

	void setProfile(String statusSummary, String legislation, String policies, String institutions, String caseLaw,
			String sources, LocalDate lastReviewed) {
		// Every column of the profile table is set together: a half-null row is not
		// allowed.
		this.statusSummary = text(statusSummary);
		this.legislation = text(legislation);
		this.policies = text(policies);
		this.institutions = text(institutions);
		this.caseLaw = text(caseLaw);
		this.sources = text(sources);
		this.lastReviewed = lastReviewed;
		this.pointOfContact = text(this.pointOfContact);
		this.centralAuthority = text(this.centralAuthority);
		this.language = getLanguage();
	}

	void setContacts(String pointOfContact, String centralAuthority) {
		this.pointOfContact = text(pointOfContact);
		this.centralAuthority = text(centralAuthority);
	}

	/**
	 * The language of the profile's original sections: English for a country whose
	 * profile was never written.
	 */
	public String getLanguage() {
		return (this.language != null) ? this.language : "en";
	}

	/** The profile's version in a language other than its original, if it has one. */
	public Optional<ProfileTranslation> translation(String language) {
		return Optional.ofNullable(this.translations.get(language));
	}

	/** The languages the profile has a version in, its original first. */
	public List<String> languages() {
		List<String> languages = new ArrayList<>();
		languages.add(getLanguage());
		this.translations.keySet().stream().sorted().forEach(languages::add);
		return languages;
	}

	/**
	 * Sets the profile's sections in a language other than its original. Changed sections
	 * follow the original as it stands now; unchanged ones keep what they followed.
	 * @param sections the sections ({@code requested} and {@code language} are ignored)
	 */
	void translate(String language, ProfileWording sections, Instant when) {
		if (language.equals(getLanguage())) {
			throw new IllegalArgumentException("The original is not a translation: " + language);
		}
		ProfileTranslation current = this.translations.get(language);
		if (current == null || !current.sections().equals(sections.sections())) {
			this.translations.put(language, new ProfileTranslation(sections, fingerprint(), when));
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

	/** The profile's sections in a language: its translation, or else its original. */
	public ProfileWording in(String language) {
		ProfileTranslation translation = this.translations.get(language);
		if (translation == null || language.equals(getLanguage())) {
			return new ProfileWording(language, getLanguage(), getStatusSummary(), getLegislation(), getPolicies(),
					getInstitutions(), getCaseLaw(), getSources());
		}
		return translation.wording(language);
	}

	private String fingerprint() {
		return TextFingerprint.of(getStatusSummary(), getLegislation(), getPolicies(), getInstitutions(), getCaseLaw(),
				getSources());
	}

	private static String text(String value) {
		return (value != null) ? value : "";
	}

}
