package org.treatyportal.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.web.util.HtmlUtils;

/**
 * The choices of each search filter in one language, and the options of their lists
 * written once: the States list has some 250 options, which written by the template at
 * every search took about a quarter of the search page's render (issue 16).
 */
public final class FilterChoices {

	private final long generation;

	private final Map<String, List<SearchFilter.Choice>> choices;

	private final Map<String, String> options = new LinkedHashMap<>();

	FilterChoices(long generation, Map<String, List<SearchFilter.Choice>> choices) {
		this.generation = generation;
		this.choices = choices;
		choices.forEach((parameter, list) -> this.options.put(parameter, options(list)));
	}

	long generation() {
		return this.generation;
	}

	/** The choices of the filter {@code parameter}, empty for a filter not offered. */
	public List<SearchFilter.Choice> of(String parameter) {
		return this.choices.getOrDefault(parameter, List.of());
	}

	/** Whether {@code value} is one of the choices of the filter {@code parameter}. */
	public boolean isChoice(String parameter, String value) {
		return of(parameter).stream().anyMatch((choice) -> choice.value().equals(value));
	}

	/** The label of a choice, or the value itself when it is not one. */
	public String label(String parameter, String value) {
		return of(parameter).stream()
			.filter((choice) -> choice.value().equals(value))
			.map(SearchFilter.Choice::label)
			.findFirst()
			.orElse(value);
	}

	/**
	 * The {@code option} elements of the filter {@code parameter}'s list, escaped, with
	 * {@code selected} (a value, or {@code null}) selected.
	 */
	public String options(String parameter, String selected) {
		String options = this.options.getOrDefault(parameter, "");
		if (selected == null) {
			return options;
		}
		String option = "<option value=\"" + HtmlUtils.htmlEscape(selected) + "\">";
		return options.replace(option, option.replace("\">", "\" selected>"));
	}

	private static String options(List<SearchFilter.Choice> choices) {
		StringBuilder html = new StringBuilder();
		for (SearchFilter.Choice choice : choices) {
			html.append("<option value=\"")
				.append(HtmlUtils.htmlEscape(choice.value()))
				.append("\">")
				.append(HtmlUtils.htmlEscape(choice.label()))
				.append("</option>");
		}
		return html.toString();
	}

}
