package org.treatyportal.files;

/**
 * Who may keep a copy of a served file.
 */
public enum FileCaching {

	/**
	 * A file of published content: browsers, proxies and CDNs may keep it for
	 * {@code portal.files.public-max-age}, then revalidate it with its ETag.
	 */
	PUBLIC,

	/** A file seen in an editor's preview of unpublished content: no cache keeps it. */
	PRIVATE

}
