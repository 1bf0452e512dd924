package org.treatyportal.treaties;

/**
 * How a State consented to be bound by a treaty. Acceptance and approval count as
 * ratification, as on the Treaty Office's charts.
 */
public enum ConsentKind {

	RATIFICATION, ACCESSION, SUCCESSION;

	/** Key of the kind's name in the message bundle. */
	public String messageKey() {
		return "treaties.consent." + name();
	}

}
