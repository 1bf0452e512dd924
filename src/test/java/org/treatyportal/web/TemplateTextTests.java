package org.treatyportal.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No template shows literal text: every visible word comes from a message bundle, so that
 * every page exists in every language.
 *
 * <p>
 * The rule: a text node with a letter in it is literal text unless the element holding
 * it, or one of that element's ancestors, replaces its content when rendered
 * ({@code th:text}, {@code th:utext}, {@code th:errors}, {@code th:replace},
 * {@code th:insert}, {@code th:remove}), or it is inside {@code script}, {@code style} or
 * a parser-level comment; text inside {@code [[…]]} and {@code [(…)]} is an expression,
 * not literal. Templates are natural templates, so placeholder text inside such an
 * element is fine. The same goes for the attributes people read ({@code alt},
 * {@code title}, {@code placeholder}, {@code aria-label}, and {@code value} of an input
 * button, which is its label; a {@code button} element's value is data, never shown): a
 * literal one needs its {@code th:} counterpart (or {@code th:attr}) on the same element.
 */
class TemplateTextTests {

	static final Path TEMPLATES = Path.of("templates");

	private static final Pattern LETTER = Pattern.compile("\\p{L}");

	private static final List<String> REPLACING = List.of("th:text", "th:utext", "th:errors", "sec:authentication",
			"th:replace", "th:insert", "th:remove");

	private static final List<String> REPLACING_ITSELF = List.of("th:replace", "th:insert", "th:remove");

	private static final List<String> READ_ATTRIBUTES = List.of("alt", "title", "placeholder", "aria-label");

	@Test
	void noTemplateHasVisibleLiteralText() throws IOException {
		List<String> literals = new ArrayList<>();
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			for (Path file : files.filter((path) -> path.toString().endsWith(".html")).sorted().toList()) {
				for (String literal : literals(Files.readString(file, StandardCharsets.UTF_8))) {
					literals.add(TEMPLATES.relativize(file) + ": " + literal);
				}
			}
		}
		assertThat(literals).as("literal text in templates: put it in a message bundle").isEmpty();
	}

	@Test
	void findsAPlantedLiteral() {
		assertThat(literals("<p th:text=\"#{a}\">Placeholder</p><p>Planted words</p>"))
			.containsExactly("text \"Planted words\"");
		assertThat(literals("<img src=\"x.png\" alt=\"A planted picture\">"))
			.containsExactly("alt=\"A planted picture\"");
		assertThat(literals("<input type=\"submit\" value=\"Go\">")).containsExactly("value=\"Go\"");
		assertThat(literals("<button type=\"submit\" name=\"action\" value=\"publish\" th:text=\"#{go}\">Go</button>"))
			.isEmpty();
		assertThat(literals("<div th:replace=\"~{x}\"><p>Shown only in the raw file</p></div>"
				+ "<p>[[#{key}]] · [(${n})]</p><p th:title=\"#{t}\" title=\"Raw\">…</p>"))
			.isEmpty();
	}

	static List<String> literals(String html) {
		Document document = Jsoup.parse(html, "", Parser.htmlParser());
		List<String> literals = new ArrayList<>();
		for (Element element : document.getAllElements()) {
			if (element.parent() != null && isReplaced(element.parent(), REPLACING)
					|| isReplaced(element, REPLACING_ITSELF)) {
				continue;
			}
			for (Node child : isReplaced(element, REPLACING) ? List.<Node>of() : element.childNodes()) {
				if (child instanceof TextNode text && !isCode(element)) {
					String words = text.text().replaceAll("\\[\\[.*?]]", "").replaceAll("\\[\\(.*?\\)]", "").strip();
					if (LETTER.matcher(words).find()) {
						literals.add("text \"" + words + "\"");
					}
				}
			}
			for (Attribute attribute : element.attributes()) {
				String name = attribute.getKey();
				boolean read = READ_ATTRIBUTES.contains(name)
						|| (name.equals("value") && element.is("input[type=submit], input[type=button]"));
				if (read && LETTER.matcher(attribute.getValue()).find() && !element.hasAttr("th:" + name)
						&& !element.hasAttr("th:attr")) {
					literals.add(name + "=\"" + attribute.getValue() + "\"");
				}
			}
		}
		return literals;
	}

	private static boolean isReplaced(Element element, List<String> replacing) {
		for (Element at = element; at != null; at = at.parent()) {
			for (String attribute : replacing) {
				if (at.hasAttr(attribute)) {
					return true;
				}
			}
		}
		return false;
	}

	private static boolean isCode(Element element) {
		return element.is("script, style") || element.closest("script, style") != null;
	}

}
