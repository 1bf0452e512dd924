package org.treatyportal.treaties;

import java.util.List;

import org.treatyportal.countries.Country;

/**
 * What other features (events, documents) implement to list their items on treaty pages
 * and country profiles. Every bean of this type is asked; none is needed.
 */
public interface RelatedContent {

	/** Published items related to the treaty. */
	default List<RelatedLink> forTreaty(Treaty treaty) {
		return List.of();
	}

	/** Published items related to the country. */
	default List<RelatedLink> forCountry(Country country) {
		return List.of();
	}

}
