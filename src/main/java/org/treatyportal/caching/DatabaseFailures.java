package org.treatyportal.caching;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

import org.springframework.dao.DataAccessResourceFailureException;

/**
 * Tells a database that cannot be reached from one that is only busy: a connection
 * refused, dropped or timed out (SQLSTATE class 08) is the first, a pool whose
 * connections are all in use (a timeout with no failed connection behind it) the second,
 * which must not make the site answer 503.
 */
final class DatabaseFailures {

	private DatabaseFailures() {
	}

	/** Whether {@code failure} comes of a database that cannot be reached. */
	static boolean isUnreachable(Throwable failure) {
		boolean unreachable = false;
		for (Throwable cause = failure; cause != null; cause = (cause.getCause() != cause) ? cause.getCause() : null) {
			if (cause instanceof SQLTransientConnectionException && cause.getCause() == null) {
				// Hikari's timeout with no connection attempt failing: all connections
				// busy.
				return false;
			}
			if (cause instanceof DatabaseDownException || cause instanceof ConnectException
					|| cause instanceof SQLNonTransientConnectionException) {
				unreachable = true;
			}
			if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
				unreachable = true;
			}
		}
		return unreachable;
	}

	/** The database failed a moment ago and is not asked again yet. */
	static final class DatabaseDownException extends DataAccessResourceFailureException {

		DatabaseDownException() {
			super("The database cannot be reached");
		}

	}

}
