package org.treatyportal.web;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every message bundle exists in every language of the site with the same keys, and the
 * texts are valid message patterns with the same arguments.
 */
class MessageBundlesTests {

	static final Path RESOURCES = Path.of("src/main/resources");

	/** The languages other than the default, from the bundles' default setting. */
	static final List<String> OTHER_LANGUAGES = List.of("fr");

	private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");

	@Test
	void everyBundleHasAFileInEveryLanguageWithTheSameKeys() throws IOException {
		List<Path> bundles = bundles();
		assertThat(bundles).hasSizeGreaterThanOrEqualTo(7);
		for (Path bundle : bundles) {
			Properties original = load(bundle);
			for (String language : OTHER_LANGUAGES) {
				Path translation = translationOf(bundle, language);
				assertThat(translation).as("the %s translation of %s", language, bundle).exists();
				Properties translated = load(translation);
				assertThat(missing(original, translated)).as("keys of %s missing from %s", bundle, translation)
					.isEmpty();
				assertThat(missing(translated, original)).as("keys of %s missing from %s", translation, bundle)
					.isEmpty();
			}
		}
	}

	@Test
	void translationsAreValidPatternsWithTheSameArguments() throws IOException {
		for (Path bundle : bundles()) {
			Properties original = load(bundle);
			for (String language : OTHER_LANGUAGES) {
				Path translation = translationOf(bundle, language);
				Properties translated = load(translation);
				for (String key : translated.stringPropertyNames()) {
					String text = translated.getProperty(key);
					if (!original.containsKey(key)) {
						continue;
					}
					assertThat(arguments(text)).as("arguments of %s in %s", key, translation)
						.isEqualTo(arguments(original.getProperty(key)));
					if (ARGUMENT.matcher(text).find()) {
						new MessageFormat(text);
					}
					// A message formatted with arguments drops a lone ASCII apostrophe:
					// the
					// translations use the typographic one.
					assertThat(text).as("%s in %s: write \u2019, not '", key, translation).doesNotContain("'");
				}
			}
		}
	}

	@Test
	void eachFeatureKeepsItsTextsInItsOwnBundle() throws IOException {
		List<Path> bundles = bundles();
		Set<String> features = new TreeSet<>();
		bundles.forEach((bundle) -> feature(bundle).ifPresent(features::add));
		assertThat(features).contains("news", "documents", "countries", "treaties");
		for (Path bundle : bundles) {
			String own = feature(bundle).orElse("");
			for (String key : load(bundle).stringPropertyNames()) {
				String prefix = key.split("\\.")[0];
				assertThat(!features.contains(prefix) || prefix.equals(own))
					.as("%s belongs in messages-%s.properties, not %s", key, prefix, bundle.getFileName())
					.isTrue();
			}
		}
	}

	@Test
	void theCheckFindsAKeyMissingFromATranslation() {
		Properties english = new Properties();
		english.setProperty("a", "A");
		english.setProperty("b", "B");
		Properties french = new Properties();
		french.setProperty("a", "A");

		assertThat(missing(english, french)).containsExactly("b");
		assertThat(missing(french, english)).isEmpty();
	}

	static List<Path> bundles() throws IOException {
		try (Stream<Path> files = Files.list(RESOURCES)) {
			return files.filter((file) -> file.getFileName().toString().matches("messages(-[a-z]+)?\\.properties"))
				.sorted()
				.toList();
		}
	}

	/**
	 * The feature a bundle belongs to: {@code news} for {@code messages-news.properties}.
	 */
	private static Optional<String> feature(Path bundle) {
		Matcher name = Pattern.compile("messages-([a-z]+)\\.properties").matcher(bundle.getFileName().toString());
		return name.matches() ? Optional.of(name.group(1)) : Optional.empty();
	}

	private static Path translationOf(Path bundle, String language) {
		return bundle
			.resolveSibling(bundle.getFileName().toString().replace(".properties", "_" + language + ".properties"));
	}

	static Set<String> missing(Properties from, Properties in) {
		Set<String> missing = new TreeSet<>(from.stringPropertyNames());
		missing.removeAll(in.stringPropertyNames());
		return missing;
	}

	private static Set<String> arguments(String text) {
		Set<String> arguments = new TreeSet<>();
		Matcher matcher = ARGUMENT.matcher(text);
		while (matcher.find()) {
			arguments.add(matcher.group(1));
		}
		return arguments;
	}

	static Properties load(Path file) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

	static List<String> lines(Path file) throws IOException {
		return new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
	}

}
