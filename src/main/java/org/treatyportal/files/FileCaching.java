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

	/**
	 * A published file at a stable address whose content can be replaced (a document's
	 * current file in a language): caches may keep it but must check it with its ETag
	 * before each use, so that a replacement is seen at once; an unchanged file costs a
	 * 304.
	 */
	REVALIDATE,

	/** A file seen in an editor's preview of unpublished content: no cache keeps it. */
	PRIVATE

}
