package org.treatyportal.treaties;

import java.time.LocalDate;

import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * What an admin types into a State's record for a treaty: its signature, its
 * ratification, accession or succession, and an entry into force set by hand.
 */
public class PartyForm extends SourcedForm {

	/** What the admin typed or picked: a State's name, its ISO code, or "Name (CODE)". */
	@Size(max = 200)
	private String countryCode;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate signatureDate;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate consentDate;

	private ConsentKind consentKind;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate entryIntoForceOverride;

	@Size(max = 300)
	private String overrideNote;

	@Size(max = 1000)
	private String notes;

	/** The State's ISO 3166-1 alpha-2 code, in either case. */
	public String getCountryCode() {
		return this.countryCode;
	}

	public void setCountryCode(String countryCode) {
		this.countryCode = countryCode;
	}

	public LocalDate getSignatureDate() {
		return this.signatureDate;
	}

	public void setSignatureDate(LocalDate signatureDate) {
		this.signatureDate = signatureDate;
	}

	/** Date of deposit of the instrument of ratification, accession or succession. */
	public LocalDate getConsentDate() {
		return this.consentDate;
	}

	public void setConsentDate(LocalDate consentDate) {
		this.consentDate = consentDate;
	}

	public ConsentKind getConsentKind() {
		return this.consentKind;
	}

	public void setConsentKind(ConsentKind consentKind) {
		this.consentKind = consentKind;
	}

	/** Entry into force for the State when it is not what the treaty's rule gives. */
	public LocalDate getEntryIntoForceOverride() {
		return this.entryIntoForceOverride;
	}

	public void setEntryIntoForceOverride(LocalDate entryIntoForceOverride) {
		this.entryIntoForceOverride = entryIntoForceOverride;
	}

	/** Why the entry into force is set by hand; shown on the chart. */
	public String getOverrideNote() {
		return this.overrideNote;
	}

	public void setOverrideNote(String overrideNote) {
		this.overrideNote = overrideNote;
	}

	/** Notes shown on the chart. */
	public String getNotes() {
		return this.notes;
	}

	public void setNotes(String notes) {
		this.notes = notes;
	}

}
