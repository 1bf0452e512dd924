package org.treatyportal.files;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Makes the name a browser sent with an upload safe to keep and to send back: no folders,
 * no control or direction-changing characters, a bounded length, and an extension that
 * matches what the bytes are.
 */
final class FileNames {

	/** Longest name kept, in characters (code points); the column holds 255. */
	static final int MAX_LENGTH = 200;

	private static final int MAX_EXTENSION_LENGTH = 16;

	private static final String FALLBACK = "file";

	private FileNames() {
	}

	/**
	 * The last path component of the name, in NFC, without control, format (such as
	 * right-to-left override), line or paragraph separator characters or unpaired
	 * surrogates, without characters Windows forbids, trimmed of spaces and dots, at most
	 * {@link #MAX_LENGTH} characters long (the extension kept), or {@code file} when
	 * nothing is left.
	 */
	static String sanitise(String name) {
		if (name == null) {
			return FALLBACK;
		}
		String last = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		StringBuilder clean = new StringBuilder(last.length());
		Normalizer.normalize(last, Normalizer.Form.NFC).codePoints().forEach((codePoint) -> {
			if (isInvisibleOrBreaking(codePoint)) {
				return;
			}
			clean.appendCodePoint((codePoint < 0x80 && "<>:\"|?*".indexOf(codePoint) >= 0) ? '_' : codePoint);
		});
		String trimmed = trim(clean.toString());
		if (trimmed.isEmpty()) {
			return FALLBACK;
		}
		return truncate(trimmed);
	}

	/**
	 * The name with the usual extension of the type when its own extension is missing or
	 * belongs to another type ({@code report.png} holding a PDF becomes
	 * {@code report.pdf}), so that a saved copy opens with the right program.
	 */
	static String withExtensionFor(String name, FileType type) {
		if (type.extensions().isEmpty()) {
			return name;
		}
		String extension = extension(name);
		if (extension != null && type.extensions().contains(extension.toLowerCase(Locale.ROOT))) {
			return name;
		}
		String base = (extension != null && FileType.ofExtension(extension) != null)
				? name.substring(0, name.length() - extension.length() - 1) : name;
		return truncate(base + "." + type.extensions().get(0));
	}

	/** The extension without the dot, or {@code null} when the name has none. */
	static String extension(String name) {
		int dot = name.lastIndexOf('.');
		if (dot <= 0 || dot == name.length() - 1 || name.length() - dot - 1 > MAX_EXTENSION_LENGTH) {
			return null;
		}
		return name.substring(dot + 1);
	}

	private static boolean isInvisibleOrBreaking(int codePoint) {
		int type = Character.getType(codePoint);
		return type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
				|| type == Character.PARAGRAPH_SEPARATOR || type == Character.SURROGATE;
	}

	private static String trim(String name) {
		int start = 0;
		int end = name.length();
		while (start < end && Character.isWhitespace(name.charAt(start))) {
			start++;
		}
		while (end > start && (Character.isWhitespace(name.charAt(end - 1)) || name.charAt(end - 1) == '.')) {
			end--;
		}
		String trimmed = name.substring(start, end);
		return trimmed.chars().allMatch((c) -> c == '.') ? "" : trimmed;
	}

	private static String truncate(String name) {
		if (name.codePointCount(0, name.length()) <= MAX_LENGTH) {
			return name;
		}
		String extension = extension(name);
		String suffix = (extension != null) ? "." + extension : "";
		int keep = MAX_LENGTH - suffix.codePointCount(0, suffix.length());
		String base = name.substring(0, name.offsetByCodePoints(0, keep));
		return trim(base) + suffix;
	}

}
