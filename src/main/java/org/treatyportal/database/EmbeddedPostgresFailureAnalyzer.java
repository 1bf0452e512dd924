package org.treatyportal.database;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns a failed start of the embedded PostgreSQL into Spring Boot's short "APPLICATION
 * FAILED TO START" report: one line with the cause, one with the fix.
 */
class EmbeddedPostgresFailureAnalyzer extends AbstractFailureAnalyzer<EmbeddedPostgresException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, EmbeddedPostgresException cause) {
		return new FailureAnalysis("The embedded PostgreSQL could not start: " + cause.getMessage() + ".",
				"Fix the cause above, or run against your own PostgreSQL by setting SPRING_DATASOURCE_URL, "
						+ "SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD.",
				cause);
	}

}
