package org.treatyportal.documents;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Languages of document files as BCP 47 tags: what is accepted, its canonical form, and
 * the names people read.
 */
class LanguageTagsTests {

	@Test
	void wellFormedTagsOfNamedLanguagesAreAcceptedInCanonicalForm() {
		assertThat(LanguageTags.canonical("fr")).hasValue("fr");
		assertThat(LanguageTags.canonical("PT-br")).hasValue("pt-BR");
		assertThat(LanguageTags.canonical("zh-Hans")).hasValue("zh-Hans");
		assertThat(LanguageTags.canonical("id")).hasValue("id");
	}

	@Test
	void anythingElseIsRefused() {
		assertThat(LanguageTags.canonical("zz-!!")).isEmpty();
		assertThat(LanguageTags.canonical("zz")).isEmpty();
		assertThat(LanguageTags.canonical("und")).isEmpty();
		assertThat(LanguageTags.canonical("fr_FR")).isEmpty();
		assertThat(LanguageTags.canonical("")).isEmpty();
		assertThat(LanguageTags.canonical(null)).isEmpty();
		assertThat(LanguageTags.canonical("en-" + "x".repeat(40))).isEmpty();
	}

	@Test
	void namesAreInEnglishWithTheLanguagesOwnName() {
		assertThat(LanguageTags.label("fr")).isEqualTo("French (français)");
		assertThat(LanguageTags.label("en")).isEqualTo("English");
		assertThat(LanguageTags.label("ar")).isEqualTo("Arabic (العربية)");
		assertThat(LanguageTags.label("es")).isEqualTo("Spanish (español)");
	}

	@Test
	void choicesAreTheIsoLanguagesByName() {
		assertThat(LanguageTags.choices()).hasSizeGreaterThan(150);
		assertThat(LanguageTags.choices()).extracting(LanguageTags.Choice::tag).contains("en", "fr", "ar", "es", "id");
		assertThat(LanguageTags.choices().get(0).label()).startsWith("A");
	}

}
