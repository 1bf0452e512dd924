package org.treatyportal.treaties;

import java.time.LocalDate;
import java.util.List;

/**
 * One row of an admin table of States' records: under a treaty, one per State; on a
 * country's form, one per treaty.
 *
 * @param treatyNumber the treaty's number
 * @param code the State's upper-case ISO code
 * @param label what the row is about: the State's name, or the treaty's reference and
 * short title
 * @param signature signature date, or {@code null}
 * @param consent date of ratification, accession or succession, or {@code null}
 * @param consentKind how the State joined, with {@code consent}
 * @param entryIntoForce entry into force for the State, or {@code null}
 * @param adminUrl the address of the record's admin form
 */
public record RecordLine(int treatyNumber, String code, String label, LocalDate signature, LocalDate consent,
		ConsentKind consentKind, LocalDate entryIntoForce, String adminUrl) {

	static RecordLine of(TreatyParty party, String label) {
		return new RecordLine(party.getTreaty().getNumber(), party.getCountryCode(), label, party.getSignatureDate(),
				party.getConsentDate(), party.getConsentKind(), party.getEntryIntoForce(), AdminPaths.party(party));
	}

	/**
	 * The lines whose label contains the filter or whose code is it, letter case and
	 * accents aside; all of them without a filter.
	 */
	static List<RecordLine> matching(List<RecordLine> lines, String filter) {
		String wanted = TypedText.folded(filter);
		if (wanted.isEmpty()) {
			return lines;
		}
		return lines.stream()
			.filter((line) -> TypedText.folded(line.label()).contains(wanted)
					|| TypedText.folded(line.code()).equals(wanted))
			.toList();
	}

	/** Whether the consent is other than a ratification (an accession or succession). */
	public boolean otherConsent() {
		return this.consentKind != null && this.consentKind != ConsentKind.RATIFICATION;
	}

}
