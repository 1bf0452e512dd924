package org.treatyportal.publishing;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Slugs suggested from titles.
 */
class SlugsTests {

	@Test
	void dropsAccentsAndJoinsWordsWithHyphens() {
		assertThat(Slugs.fromTitle("Conférence Octopus 2008 – Straßburg"))
			.isEqualTo("conference-octopus-2008-strassburg");
		assertThat(Slugs.fromTitle("  Workshop in Bogotá: legislation!  ")).isEqualTo("workshop-in-bogota-legislation");
		assertThat(Slugs.fromTitle("ŁÓDŹ and Đakovo")).isEqualTo("lodz-and-dakovo");
	}

	@Test
	void titleWithoutLettersGivesNothing() {
		assertThat(Slugs.fromTitle("¿¡ … !?")).isEmpty();
		assertThat(Slugs.fromTitle(null)).isEmpty();
	}

	@Test
	void longTitlesAreCutAtAWord() {
		String slug = Slugs.fromTitle("word ".repeat(60));

		assertThat(slug).hasSizeLessThanOrEqualTo(Slugs.MAX_LENGTH).doesNotEndWith("-").endsWith("word");
		assertThat(Slugs.isValid(slug)).isTrue();
	}

	@Test
	void validatesTheShape() {
		assertThat(Slugs.isValid("octopus-2008")).isTrue();
		assertThat(Slugs.isValid("Octopus")).isFalse();
		assertThat(Slugs.isValid("a--b")).isFalse();
		assertThat(Slugs.isValid("-a")).isFalse();
	}

}
