package org.treatyportal.related;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Gathers what the {@link RelatedContent} beans of every feature offer for a treaty page
 * or a country profile.
 */
@Component
public class Related {

	/** How many related news items a page shows. */
	public static final int NEWS_COUNT = 5;

	private final ObjectProvider<RelatedContent> contents;

	Related(ObjectProvider<RelatedContent> contents) {
		this.contents = contents;
	}

	/** Related items of other features for the treaty with this number, by section. */
	public Map<String, List<RelatedLink>> forTreaty(int treatyNumber) {
		return bySection((content) -> content.forTreaty(treatyNumber));
	}

	/**
	 * Related items of other features for the country with this upper-case code, by
	 * section.
	 */
	public Map<String, List<RelatedLink>> forCountry(String countryCode) {
		return bySection((content) -> content.forCountry(countryCode));
	}

	private Map<String, List<RelatedLink>> bySection(Function<RelatedContent, List<RelatedLink>> links) {
		return this.contents.orderedStream()
			.flatMap((content) -> links.apply(content).stream())
			.collect(Collectors.groupingBy(RelatedLink::section, LinkedHashMap::new, Collectors.toList()));
	}

}
