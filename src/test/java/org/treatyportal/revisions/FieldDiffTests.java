package org.treatyportal.revisions;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Word-level comparison of snapshots.
 */
class FieldDiffTests {

	@Test
	void marksRemovedAndAddedWords() {
		FieldDiff diff = FieldDiff.of("title", "Workshop in Colombo", "Workshop in Colombo, Sri Lanka");

		assertThat(diff.changed()).isTrue();
		assertThat(diff.segments()).extracting(FieldDiff.Segment::kind)
			.contains(FieldDiff.Segment.Kind.SAME, FieldDiff.Segment.Kind.ADDED);
		assertThat(text(diff, FieldDiff.Segment.Kind.ADDED)).isEqualTo(", Sri Lanka");
	}

	@Test
	void replacedWordIsRemovedThenAdded() {
		FieldDiff diff = FieldDiff.of("body", "<p>held in Bolu</p>", "<p>held in Ankara</p>");

		assertThat(text(diff, FieldDiff.Segment.Kind.REMOVED)).isEqualTo("Bolu");
		assertThat(text(diff, FieldDiff.Segment.Kind.ADDED)).isEqualTo("Ankara");
	}

	@Test
	void changesListsOnlyChangedFieldsInOrder() {
		List<FieldDiff> changes = FieldDiff.changes(Map.of("title", "A", "summary", "same"),
				Map.of("title", "B", "summary", "same", "slug", "new"));

		assertThat(changes).extracting(FieldDiff::field).containsExactlyInAnyOrder("title", "slug");
	}

	private static String text(FieldDiff diff, FieldDiff.Segment.Kind kind) {
		return diff.segments()
			.stream()
			.filter((s) -> s.kind() == kind)
			.map(FieldDiff.Segment::text)
			.reduce("", String::concat);
	}

}
