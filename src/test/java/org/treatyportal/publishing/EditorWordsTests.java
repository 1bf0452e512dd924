package org.treatyportal.publishing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every word the rich text editor asks for ({@code word('bold')} in
 * {@code static/js/editor.js}) has its key in the editorial bundle, and the script keeps
 * no visible English of its own.
 */
class EditorWordsTests {

	private static final List<Path> SCRIPTS = List.of(Path.of("static/js/editor.js"), Path.of("static/js/autosave.js"));

	private static final Pattern WORD = Pattern.compile("\\bword\\('([^']+)'");

	/** A string literal that reads like an English phrase: "Insert link", 'No files'. */
	private static final Pattern PHRASE = Pattern.compile("'[A-Z][a-z]+ [a-z]+[^']*'");

	@Test
	void everyWordTheScriptAsksForHasAKeyInTheBundle() throws IOException {
		Set<String> asked = wordsAskedBy(scripts());
		assertThat(asked).contains("bold", "link.insert", "tableInserted", "autosave.offer").hasSizeGreaterThan(40);

		List<String> keys = EditorWords.keysOf(new ClassPathResource("messages-editorial.properties"));
		assertThat(missing(asked, keys)).as("words editor.js asks for with no editorial.editor.* key").isEmpty();
		assertThat(missing(asked, EditorWords.keysOf(new ClassPathResource("messages-editorial_fr.properties"))))
			.as("words editor.js asks for with no French key")
			.isEmpty();
	}

	@Test
	void theCheckFindsAWordWithNoKey() {
		Set<String> asked = wordsAskedBy("make('p', null, word('bold')); this.announce(word('notInTheBundle'));");

		assertThat(missing(asked, List.of(EditorWords.PREFIX + "bold"))).containsExactly("notInTheBundle");
	}

	@Test
	void theScriptKeepsNoEnglishPhraseOfItsOwn() throws IOException {
		String code = withoutComments(scripts());
		Matcher phrases = PHRASE.matcher(code);
		List<String> found = phrases.results().map((result) -> result.group()).toList();

		assertThat(found).as("visible English in editor.js: move it to the bundle and use word()").isEmpty();
		assertThat(PHRASE.matcher(withoutComments("const a = 'Insert link'; // 'Not this one'")).results())
			.as("the check finds a phrase")
			.hasSize(1);
	}

	@Test
	@SuppressWarnings("unchecked")
	void theWordsAreRenderedInTheLanguageAskedAndSafeInAScriptElement() {
		ResourceBundleMessageSource source = new ResourceBundleMessageSource();
		source.setBasenames("messages-editorial");
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		EditorWords words = new EditorWords(source);

		Map<String, Object> english = JsonMapper.builder().build().readValue(words.json(Locale.ENGLISH), Map.class);
		Map<String, Object> french = JsonMapper.builder().build().readValue(words.json(Locale.FRENCH), Map.class);

		assertThat(english).containsEntry("bold", "Bold").containsEntry("link.insert", "Insert link");
		assertThat(french).containsEntry("bold", "Gras").containsEntry("link.insert", "Insérer le lien");
		assertThat(french.keySet()).isEqualTo(english.keySet());
		assertThat(words.json(Locale.ENGLISH)).doesNotContain("<");
	}

	private static String scripts() throws IOException {
		StringBuilder code = new StringBuilder();
		for (Path script : SCRIPTS) {
			code.append(Files.readString(script)).append('\n');
		}
		return code.toString();
	}

	private static Set<String> wordsAskedBy(String script) {
		Set<String> asked = new TreeSet<>();
		WORD.matcher(script).results().forEach((result) -> asked.add(result.group(1)));
		return asked;
	}

	private static Set<String> missing(Set<String> asked, List<String> keys) {
		Set<String> missing = new TreeSet<>();
		for (String word : asked) {
			if (!keys.contains(EditorWords.PREFIX + word)) {
				missing.add(word);
			}
		}
		return missing;
	}

	private static String withoutComments(String code) {
		return code.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("(?m)(^|\\s)//.*$", "$1");
	}

}
