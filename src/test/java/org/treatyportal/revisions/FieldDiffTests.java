package org.treatyportal.revisions;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Word-level comparison of snapshots.
 */
class FieldDiffTests {

	@Test
	void marksRemovedAndAddedWords() {
		FieldDiff diff = FieldDiff.of("title", "Workshop in Colombo", "Workshop in Colombo, Sri Lanka", false);

		assertThat(diff.changed()).isTrue();
		assertThat(diff.segments()).extracting(FieldDiff.Segment::kind)
			.contains(FieldDiff.Segment.Kind.SAME, FieldDiff.Segment.Kind.ADDED);
		assertThat(text(diff, FieldDiff.Segment.Kind.ADDED)).isEqualTo(", Sri Lanka");
	}

	@Test
	void replacedWordIsRemovedThenAdded() {
		FieldDiff diff = FieldDiff.of("body", "<p>held in Bolu</p>", "<p>held in Ankara</p>", false);

		assertThat(text(diff, FieldDiff.Segment.Kind.REMOVED)).isEqualTo("Bolu");
		assertThat(text(diff, FieldDiff.Segment.Kind.ADDED)).isEqualTo("Ankara");
	}

	@Test
	void changesListsOnlyChangedFieldsInOrder() {
		List<FieldDiff> changes = FieldDiff.changes(Map.of("title", "A", "summary", "same"),
				Map.of("title", "B", "summary", "same", "slug", "new"), Set.of());

		assertThat(changes).extracting(FieldDiff::field).containsExactlyInAnyOrder("title", "slug");
	}

	@Test
	void plainTextHasNoRenderedComparison() {
		assertThat(FieldDiff.of("title", "<b>A</b>", "<b>B</b>", false).rendered()).isNull();
	}

	@Test
	void richTextReadsAsTheNewerTextWithItsChangesMarkedInPlace() {
		FieldDiff diff = FieldDiff
			.changes(Map.of("body [fr]", "<p>Tenue à <strong>Bolu</strong>, en avril.</p>"),
					Map.of("body [fr]", "<p>Tenue à <strong>Ankara</strong>, en avril.</p>"), Set.of("body"))
			.get(0);

		assertThat(diff.rendered())
			.isEqualTo("<p>Tenue à <strong><del>Bolu</del><ins>Ankara</ins></strong>, en avril.</p>");
	}

	@Test
	void aRemovedListItemIsStruckInsideTheListNotBetweenItsItems() {
		String rendered = FieldDiff.of("body", "<ul><li>Bolu</li><li>Ankara</li></ul>", "<ul><li>Bolu</li></ul>", true)
			.rendered();

		assertThat(rendered).isEqualTo("<ul><li>Bolu<del>Ankara</del></li></ul>");
	}

	@Test
	void addedStructureIsShownWithItsWordsMarked() {
		String rendered = FieldDiff.of("body", "<p>Agenda</p>", "<p>Agenda</p><h2>Speakers</h2>", true).rendered();

		assertThat(rendered).isEqualTo("<p>Agenda</p><h2><ins>Speakers</ins></h2>");
	}

	@Test
	void nothingOutsideWhatRichTextMayHoldSurvivesTheComparison() {
		String rendered = FieldDiff.of("body", "<p>One</p>", "<p>Two<img src=\"x\" onerror=\"alert(1)\"></p>", true)
			.rendered();

		assertThat(rendered).doesNotContain("onerror", "<script").contains("<ins>Two</ins>");
	}

	private static String text(FieldDiff diff, FieldDiff.Segment.Kind kind) {
		return diff.segments()
			.stream()
			.filter((s) -> s.kind() == kind)
			.map(FieldDiff.Segment::text)
			.reduce("", String::concat);
	}

}
