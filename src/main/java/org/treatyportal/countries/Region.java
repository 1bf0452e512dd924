package org.treatyportal.countries;

/**
 * The regions that the country list is grouped by, in the order the list shows them.
 */
public enum Region {

	EUROPE, AFRICA, AMERICAS, ASIA, OCEANIA, ANTARCTICA;

	/** Key of the region's name in the message bundle. */
	public String messageKey() {
		return "countries.region." + name();
	}

}
