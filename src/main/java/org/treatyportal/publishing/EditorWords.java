package org.treatyportal.publishing;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.MessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The words of the rich text editor ({@code static/js/editor.js}) in one language, as the
 * JSON data block the admin layout renders for the script: every
 * {@code editorial.editor.*} key of the editorial bundle, without that prefix. A word
 * added to the bundle reaches the script with no code change.
 */
@Component
public class EditorWords {

	/** The prefix of the editor's keys in {@code messages-editorial.properties}. */
	public static final String PREFIX = "editorial.editor.";

	private static final String BUNDLE = "messages-editorial.properties";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final MessageSource messages;

	private final List<String> keys;

	private final Map<Locale, String> rendered = new ConcurrentHashMap<>();

	EditorWords(MessageSource messages) {
		this.messages = messages;
		this.keys = keysOf(new ClassPathResource(BUNDLE));
	}

	/**
	 * The words in the locale as a JSON object, safe inside a script element: every
	 * less-than sign is escaped, so nothing in it can close the element.
	 */
	public String json(Locale locale) {
		return this.rendered.computeIfAbsent(locale, this::render);
	}

	/** The words in the locale, by key without the prefix. */
	public Map<String, String> words(Locale locale) {
		Map<String, String> words = new LinkedHashMap<>();
		for (String key : this.keys) {
			// No arguments: the text comes back as written (the script fills {0} itself).
			words.put(key.substring(PREFIX.length()), this.messages.getMessage(key, null, locale));
		}
		return words;
	}

	private String render(Locale locale) {
		return JSON.writeValueAsString(words(locale)).replace("<", "\\u003c");
	}

	static List<String> keysOf(ClassPathResource bundle) {
		Properties properties = new Properties();
		try (InputStream in = bundle.getInputStream();
				Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return properties.stringPropertyNames().stream().filter((key) -> key.startsWith(PREFIX)).sorted().toList();
	}

}
