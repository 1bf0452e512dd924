package org.treatyportal.database;

/**
 * The embedded PostgreSQL could not start. The message is one line that names the cause
 * and the fix, so that it can be shown as it is.
 */
public class EmbeddedPostgresException extends RuntimeException {

	public EmbeddedPostgresException(String message, Throwable cause) {
		super(message, cause);
	}

}
