package org.treatyportal.publishing;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Makes and checks slugs: the lower-case, hyphenated last part of a public URL.
 */
public final class Slugs {

	/** What a slug may look like; forms validate against it. */
	public static final String PATTERN = "[a-z0-9]+(?:-[a-z0-9]+)*";

	/** The longest slug accepted. */
	public static final int MAX_LENGTH = 120;

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern NON_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");

	private Slugs() {
	}

	/**
	 * Suggests a slug for a title: accents dropped, lower case, words joined by hyphens,
	 * cut at a word boundary. Returns {@code ""} when the title has no letter or digit.
	 */
	public static String fromTitle(String title) {
		if (title == null) {
			return "";
		}
		String lower = title.toLowerCase(Locale.ROOT)
			.replace("ß", "ss")
			.replace("æ", "ae")
			.replace("ø", "o")
			.replace("œ", "oe")
			.replace("ł", "l")
			.replace("đ", "d");
		String ascii = MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
		String slug = NON_ALPHANUMERIC.matcher(ascii).replaceAll("-");
		slug = trimHyphens(slug);
		if (slug.length() > MAX_LENGTH) {
			slug = slug.substring(0, MAX_LENGTH);
			int lastHyphen = slug.lastIndexOf('-');
			if (lastHyphen > MAX_LENGTH / 2) {
				slug = slug.substring(0, lastHyphen);
			}
			slug = trimHyphens(slug);
		}
		return slug;
	}

	public static boolean isValid(String slug) {
		return slug != null && slug.length() <= MAX_LENGTH && slug.matches(PATTERN);
	}

	private static String trimHyphens(String text) {
		int start = 0;
		int end = text.length();
		while (start < end && text.charAt(start) == '-') {
			start++;
		}
		while (end > start && text.charAt(end - 1) == '-') {
			end--;
		}
		return text.substring(start, end);
	}

}
