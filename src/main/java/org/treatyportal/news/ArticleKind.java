package org.treatyportal.news;

/**
 * The two kinds of article: they share everything but their public address.
 */
public enum ArticleKind {

	NEWS("news"), PRESS_RELEASE("press-releases");

	private final String path;

	ArticleKind(String path) {
		this.path = path;
	}

	/** The first segment of the public URL, e.g. {@code news} in {@code /news/{slug}}. */
	public String path() {
		return this.path;
	}

	/** The kind whose {@link #path()} this is. */
	public static ArticleKind fromPath(String path) {
		for (ArticleKind kind : values()) {
			if (kind.path.equals(path)) {
				return kind;
			}
		}
		throw new IllegalArgumentException("No article kind at " + path);
	}

	/** Name of the kind in revisions, slug history and the audit log. */
	public String contentType() {
		return this.path;
	}

	/** Key of the kind's name in the message bundle. */
	public String messageKey() {
		return "kind." + this.path;
	}

}
