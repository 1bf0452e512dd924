package org.treatyportal.treaties;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.treatyportal.revisions.Revisioned;

/**
 * One State's record for one treaty: signature, ratification (or accession or
 * succession), its entry into force for that State when an admin overrides the computed
 * date, notes, and the statements it made.
 */
@Entity
@Table(name = "treaty_party")
public class TreatyParty implements Revisioned {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "treaty_id")
	private Treaty treaty;

	@Column(name = "country_code", nullable = false, updatable = false)
	private String countryCode;

	@Column(name = "signature_date")
	private LocalDate signatureDate;

	@Column(name = "consent_date")
	private LocalDate consentDate;

	@Enumerated(EnumType.STRING)
	@Column(name = "consent_kind")
	private ConsentKind consentKind;

	@Column(name = "entry_into_force_override")
	private LocalDate entryIntoForceOverride;

	@Column(name = "override_note", nullable = false)
	private String overrideNote = "";

	@Column(nullable = false)
	private String notes = "";

	@Embedded
	private RecordSource source = RecordSource.NONE;

	@OneToMany(mappedBy = "party", fetch = FetchType.LAZY)
	@OrderBy("statementDate, id")
	private List<TreatyStatement> statements = new ArrayList<>();

	@Column(name = "updated_at")
	private Instant updatedAt;

	@Version
	private long version;

	protected TreatyParty() {
	}

	TreatyParty(Treaty treaty, String countryCode) {
		this.treaty = treaty;
		this.countryCode = countryCode;
	}

	public Long getId() {
		return this.id;
	}

	public Treaty getTreaty() {
		return this.treaty;
	}

	/** The State's upper-case ISO 3166-1 alpha-2 code. */
	public String getCountryCode() {
		return this.countryCode;
	}

	public LocalDate getSignatureDate() {
		return this.signatureDate;
	}

	void setSignatureDate(LocalDate signatureDate) {
		this.signatureDate = signatureDate;
	}

	/** Date of deposit of the instrument of ratification, accession or succession. */
	public LocalDate getConsentDate() {
		return this.consentDate;
	}

	void setConsentDate(LocalDate consentDate) {
		this.consentDate = consentDate;
	}

	public ConsentKind getConsentKind() {
		return this.consentKind;
	}

	void setConsentKind(ConsentKind consentKind) {
		this.consentKind = consentKind;
	}

	public LocalDate getEntryIntoForceOverride() {
		return this.entryIntoForceOverride;
	}

	void setEntryIntoForceOverride(LocalDate entryIntoForceOverride) {
		this.entryIntoForceOverride = entryIntoForceOverride;
	}

	/** Why an admin set the entry into force by hand. */
	public String getOverrideNote() {
		return this.overrideNote;
	}

	void setOverrideNote(String overrideNote) {
		this.overrideNote = overrideNote;
	}

	public String getNotes() {
		return this.notes;
	}

	void setNotes(String notes) {
		this.notes = notes;
	}

	public List<TreatyStatement> getStatements() {
		return this.statements;
	}

	/**
	 * The treaty's entry into force for this State: the admin's date if set, otherwise
	 * the treaty's rule applied to the deposit; {@code null} without a deposit or while
	 * the treaty itself is not in force.
	 */
	public LocalDate getEntryIntoForce() {
		if (this.entryIntoForceOverride != null) {
			return this.entryIntoForceOverride;
		}
		return EntryIntoForce.forParty(this.consentDate, this.treaty.getMonthsAfterDeposit(),
				this.treaty.getEntryIntoForce());
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

	void setUpdatedAt(Instant updatedAt) {
		this.updatedAt = updatedAt;
	}

	/** Where the record comes from, for admins unless published. */
	public RecordSource getSource() {
		return this.source;
	}

	void setSource(RecordSource source) {
		this.source = source;
	}

	public long getVersion() {
		return this.version;
	}

}
