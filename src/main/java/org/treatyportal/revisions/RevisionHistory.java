package org.treatyportal.revisions;

import java.util.List;
import java.util.Set;

/**
 * An item's revisions, newest first, and the comparison of two of them that its history
 * page shows.
 *
 * @param revisions every save, newest first
 * @param from the older revision compared, or {@code null} when there is nothing to
 * compare
 * @param to the newer revision compared, or {@code null}
 * @param diff the fields from {@code from} to {@code to}, or {@code null}
 */
public record RevisionHistory(List<Revision> revisions, Revision from, Revision to, List<FieldDiff> diff) {

	/**
	 * The history with the two revisions asked for compared, by default the latest two.
	 * @param revisions every save, newest first
	 * @param from the number of the older revision, or {@code null} for the one before
	 * the latest
	 * @param to the number of the newer revision, or {@code null} for the latest
	 * @param richText the names of the fields that hold rich text
	 * @throws java.util.NoSuchElementException if a number names no revision
	 */
	static RevisionHistory of(List<Revision> revisions, Integer from, Integer to, Set<String> richText) {
		if (revisions.size() < 2 && (from == null || to == null)) {
			return new RevisionHistory(revisions, null, null, null);
		}
		Revision newer = (to != null) ? numbered(revisions, to) : revisions.get(0);
		Revision older = (from != null) ? numbered(revisions, from) : revisions.get(1);
		return new RevisionHistory(revisions, older, newer,
				FieldDiff.between(older.getFields(), newer.getFields(), richText));
	}

	private static Revision numbered(List<Revision> revisions, int number) {
		return revisions.stream().filter((revision) -> revision.getNumber() == number).findFirst().orElseThrow();
	}

}
