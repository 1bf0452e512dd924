package org.treatyportal.news;

import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import org.treatyportal.publishing.LanguageText;
import org.treatyportal.support.PortalIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An item's versions in other languages, as stored: each in its own row, with a fallback
 * to the original and a flag when the original moves on after the translation.
 */
@PortalIntegrationTest
class ArticleTranslationTests {

	private static final Instant NOW = Instant.parse("2031-03-10T09:00:00Z");

	@Autowired
	private TestArticles articles;

	@Autowired
	private ArticleRepository repository;

	@Autowired
	private TransactionTemplate transaction;

	@Test
	void translationIsStoredAndShownInItsLanguage() {
		Article article = this.articles.news("Octopus conference opens").summary("Experts meet.").save();
		change(article.getId(), (item) -> item.translate("fr", "ouverture-de-la-conference-octopus",
				"Ouverture de la conférence Octopus", "Les experts se réunissent.", "<p>Texte</p>", NOW));

		LanguageText french = read(article.getId(), "fr");
		assertThat(french.isFallback()).isFalse();
		assertThat(french.language()).isEqualTo("fr");
		assertThat(french.slug()).isEqualTo("ouverture-de-la-conference-octopus");
		assertThat(french.title()).isEqualTo("Ouverture de la conférence Octopus");
		assertThat(read(article.getId(), "en").title()).isEqualTo("Octopus conference opens");
		List<String> languages = this.transaction
			.execute((status) -> this.repository.findById(article.getId()).orElseThrow().languages());
		assertThat(languages).containsExactly("en", "fr");
	}

	@Test
	void missingTranslationFallsBackToTheOriginal() {
		Article article = this.articles.news("English only").save();

		LanguageText french = read(article.getId(), "fr");

		assertThat(french.isFallback()).isTrue();
		assertThat(french.language()).isEqualTo("en");
		assertThat(french.title()).isEqualTo("English only");
	}

	@Test
	void translationIsOutOfDateOnceTheOriginalChangesUntilConfirmed() {
		Article article = this.articles.news("Original").save();
		change(article.getId(), (item) -> item.translate("fr", "original-fr", "Original (fr)", "", "", NOW));
		assertThat(outOfDate(article.getId())).isFalse();

		change(article.getId(), (item) -> item.setTitle("Original, corrected"));
		assertThat(outOfDate(article.getId())).isTrue();

		change(article.getId(), (item) -> item.translate("fr", "original-fr", "Original (fr)", "", "", NOW));
		assertThat(outOfDate(article.getId())).as("saving the same translation confirms nothing").isTrue();

		change(article.getId(), (item) -> item.confirmTranslation("fr"));
		assertThat(outOfDate(article.getId())).isFalse();
	}

	@Test
	void removedTranslationIsGone() {
		Article article = this.articles.news("Removed").save();
		change(article.getId(), (item) -> item.translate("fr", "retire", "Retiré", "", "", NOW));

		change(article.getId(), (item) -> item.removeTranslation("fr"));

		assertThat(read(article.getId(), "fr").isFallback()).isTrue();
	}

	private void change(long id, Consumer<Article> change) {
		this.transaction.executeWithoutResult((status) -> change.accept(this.repository.findById(id).orElseThrow()));
	}

	private LanguageText read(long id, String language) {
		return this.transaction.execute((status) -> this.repository.findById(id).orElseThrow().in(language));
	}

	private boolean outOfDate(long id) {
		return this.transaction.execute((status) -> this.repository.findById(id).orElseThrow().isOutOfDate("fr"));
	}

}
