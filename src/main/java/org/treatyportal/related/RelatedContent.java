package org.treatyportal.related;

import java.util.List;

/**
 * What features (events, documents) implement to list their items on treaty pages and
 * country profiles. Treaties and countries are named by their keys, so that neither the
 * implementations nor this package depend on those features. Every bean of this type is
 * asked; none is needed.
 */
public interface RelatedContent {

	/** Published items related to the treaty with this number. */
	default List<RelatedLink> forTreaty(int treatyNumber) {
		return List.of();
	}

	/** Published items related to the country with this upper-case ISO code. */
	default List<RelatedLink> forCountry(String countryCode) {
		return List.of();
	}

}
