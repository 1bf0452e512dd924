package org.treatyportal.treaties;

import java.time.LocalDate;
import java.util.List;

/**
 * Where one State stands with one treaty today, for its country profile.
 *
 * @param treaty the treaty
 * @param status ratified, signed or neither
 * @param signature signature date, or {@code null}
 * @param consent date of ratification, accession or succession, or {@code null}
 * @param consentKind how it joined, with {@code consent}
 * @param entryIntoForce entry into force for the State, or {@code null}
 * @param notes notes on its record
 * @param statements its statements about the treaty, oldest first
 */
public record TreatyStanding(Treaty treaty, PartyStatus status, LocalDate signature, LocalDate consent,
		ConsentKind consentKind, LocalDate entryIntoForce, String notes, List<StatementView> statements) {
}
