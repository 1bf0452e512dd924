package org.treatyportal.treaties;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import org.treatyportal.countries.Country;
import org.treatyportal.news.ArticleService;
import org.treatyportal.news.ArticleSummary;

/**
 * Gathers what relates to a treaty or a country: news that mentions it, and whatever the
 * {@link RelatedContent} and {@link TreatyTexts} beans of other features offer.
 */
@Component
public class Related {

	/** How many related news items a page shows. */
	public static final int NEWS_COUNT = 5;

	private final ArticleService articles;

	private final ObjectProvider<RelatedContent> contents;

	private final ObjectProvider<TreatyTexts> texts;

	Related(ArticleService articles, ObjectProvider<RelatedContent> contents, ObjectProvider<TreatyTexts> texts) {
		this.articles = articles;
		this.contents = contents;
		this.texts = texts;
	}

	/** News items whose title or summary mentions one of the terms, newest first. */
	public List<ArticleSummary> news(List<String> terms) {
		return this.articles.mentioning(terms, NEWS_COUNT);
	}

	/** Related items of other features for the treaty, by section. */
	public Map<String, List<RelatedLink>> forTreaty(Treaty treaty) {
		return bySection((content) -> content.forTreaty(treaty));
	}

	/** Related items of other features for the country, by section. */
	public Map<String, List<RelatedLink>> forCountry(Country country) {
		return bySection((content) -> content.forCountry(country));
	}

	/** The treaty's texts and explanatory reports, from every provider. */
	public List<TreatyText> texts(Treaty treaty) {
		return this.texts.orderedStream().flatMap((provider) -> provider.of(treaty).stream()).toList();
	}

	private Map<String, List<RelatedLink>> bySection(Function<RelatedContent, List<RelatedLink>> links) {
		return this.contents.orderedStream()
			.flatMap((content) -> links.apply(content).stream())
			.collect(Collectors.groupingBy(RelatedLink::section, LinkedHashMap::new, Collectors.toList()));
	}

}
