package org.treatyportal.revisions;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;

/**
 * A readable, word-by-word comparison of two snapshots of the same item, field by field.
 *
 * @param field the field's name
 * @param changed whether the two values differ
 * @param segments the newer text as runs of unchanged, removed and added words
 * @param rendered for rich text that changed, the newer text as HTML with the removed
 * words struck and the added ones marked ({@link RichTextDiff}); otherwise {@code null}
 */
public record FieldDiff(String field, boolean changed, List<Segment> segments, String rendered) {

	private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+\\s*|<[^>]*>\\s*|[^\\s\\p{L}\\p{N}]\\s*|\\s+");

	private static final Pattern IN_LANGUAGE = Pattern.compile("(.+) \\[([a-zA-Z-]+)]");

	/**
	 * The field's name without its language: {@code title} for {@code title [fr]}, the
	 * title of the item's French version.
	 */
	public String name() {
		return nameOf(this.field);
	}

	/**
	 * The field's path on an edit form: {@code title}, or {@code translations[fr].title}
	 * for the title of the French version.
	 */
	public String formPath() {
		return formPathOf(this.field);
	}

	/** The form path of a field as a revision names it: {@code body [fr]}. */
	static String formPathOf(String field) {
		Matcher matcher = IN_LANGUAGE.matcher(field);
		return matcher.matches() ? "translations[" + matcher.group(2) + "]." + matcher.group(1) : field;
	}

	private static String nameOf(String field) {
		Matcher matcher = IN_LANGUAGE.matcher(field);
		return matcher.matches() ? matcher.group(1) : field;
	}

	/**
	 * The language of the version the field belongs to ({@code fr} for
	 * {@code title [fr]}), or {@code null} for a field of the original or of every
	 * language.
	 */
	public String language() {
		Matcher matcher = IN_LANGUAGE.matcher(this.field);
		return matcher.matches() ? matcher.group(2) : null;
	}

	/**
	 * Compares every field present in either snapshot, in their order.
	 * @param richText the names of the fields that hold rich text (without language:
	 * {@code body} stands for {@code body [fr]} too)
	 */
	public static List<FieldDiff> between(Map<String, String> older, Map<String, String> newer, Set<String> richText) {
		Set<String> fields = new LinkedHashSet<>(older.keySet());
		fields.addAll(newer.keySet());
		List<FieldDiff> diffs = new ArrayList<>();
		for (String field : fields) {
			diffs.add(of(field, older.getOrDefault(field, ""), newer.getOrDefault(field, ""),
					richText.contains(nameOf(field))));
		}
		return diffs;
	}

	/** The fields whose values differ, with their comparison. */
	public static List<FieldDiff> changes(Map<String, String> older, Map<String, String> newer, Set<String> richText) {
		return between(older, newer, richText).stream().filter(FieldDiff::changed).toList();
	}

	static FieldDiff of(String field, String older, String newer, boolean richText) {
		String before = Objects.requireNonNullElse(older, "");
		String after = Objects.requireNonNullElse(newer, "");
		if (before.equals(after)) {
			return new FieldDiff(field, false, List.of(new Segment(after, Segment.Kind.SAME)), null);
		}
		List<String> from = tokens(before);
		List<String> to = tokens(after);
		Patch<String> patch = DiffUtils.diff(from, to);
		List<Segment> segments = new ArrayList<>();
		int position = 0;
		for (AbstractDelta<String> delta : patch.getDeltas()) {
			add(segments, join(from.subList(position, delta.getSource().getPosition())), Segment.Kind.SAME);
			add(segments, join(delta.getSource().getLines()), Segment.Kind.REMOVED);
			add(segments, join(delta.getTarget().getLines()), Segment.Kind.ADDED);
			position = delta.getSource().getPosition() + delta.getSource().size();
		}
		add(segments, join(from.subList(position, from.size())), Segment.Kind.SAME);
		return new FieldDiff(field, true, segments,
				richText ? RichTextDiff.render(before, after, FieldDiff::tokens) : null);
	}

	private static List<String> tokens(String text) {
		List<String> tokens = new ArrayList<>();
		Matcher matcher = TOKEN.matcher(text);
		while (matcher.find()) {
			tokens.add(matcher.group());
		}
		return tokens;
	}

	private static String join(List<String> tokens) {
		return String.join("", tokens);
	}

	private static void add(List<Segment> segments, String text, Segment.Kind kind) {
		if (!text.isEmpty()) {
			segments.add(new Segment(text, kind));
		}
	}

	/**
	 * A run of text that is unchanged, removed or added. Templates show it escaped.
	 *
	 * @param text the run's text (raw, possibly containing markup as text)
	 * @param kind how it changed
	 */
	public record Segment(String text, Kind kind) {

		/** How a run of text changed. */
		public enum Kind {

			SAME, REMOVED, ADDED

		}

	}

}
