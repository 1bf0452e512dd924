package org.treatyportal.treaties;

import java.time.LocalDate;

/**
 * A State's signature of a treaty, or its deposit of an instrument of ratification,
 * accession or succession: a line of the treaty actions feed.
 *
 * @param treatyNumber the treaty's number
 * @param treatyReference how it is cited, such as {@code ETS 185}
 * @param treatyShortTitle its short title
 * @param countryCode the State's upper-case ISO code
 * @param countryName the State's name
 * @param action {@code SIGNATURE}, or the name of a {@link ConsentKind}
 * @param date when
 */
public record TreatyAction(int treatyNumber, String treatyReference, String treatyShortTitle, String countryCode,
		String countryName, String action, LocalDate date) {
}
