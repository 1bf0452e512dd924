package org.treatyportal.countries;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PrimaryKeyJoinColumn;
import jakarta.persistence.SecondaryTable;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.treatyportal.revisions.Revisioned;

/**
 * A State or territory of ISO 3166-1, with its region, whether it is a member of the
 * organisation, and its profile. The profile lives in its own table
 * ({@code country_profile}) so that demo content can add it without touching a row an
 * admin may have edited; it is one entity with one version all the same.
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
	}

	void setContacts(String pointOfContact, String centralAuthority) {
		this.pointOfContact = text(pointOfContact);
		this.centralAuthority = text(centralAuthority);
	}

	private static String text(String value) {
		return (value != null) ? value : "";
	}

}
