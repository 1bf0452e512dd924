package org.treatyportal.revisions;

/**
 * An entity edited with revisions: it has an id once saved and a version that each save
 * increments, which a form carries to refuse a stale save.
 */
public interface Revisioned {

	/** The database id, {@code null} before the first save. */
	Long getId();

	/** The version the last save left, incremented by each save. */
	long getVersion();

}
