package org.treatyportal.users;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns a missing, malformed or wrong encryption key into Spring Boot's short
 * "APPLICATION FAILED TO START" report, saying how to make a key.
 */
class EncryptionKeyFailureAnalyzer extends AbstractFailureAnalyzer<EncryptionKeyException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, EncryptionKeyException cause) {
		if (cause instanceof WrongEncryptionKeyException) {
			return new FailureAnalysis("The two-factor secrets cannot be read: " + cause.getMessage() + ".",
					"Set PORTAL_SECURITY_ENCRYPTION_KEY to the key the site ran with before. If that key is lost, "
							+ "turn two-factor sign-in off for everyone in the database (update app_user set "
							+ "totp_secret = null, totp_enabled_at = null) and let each user set it up again.",
					cause);
		}
		return new FailureAnalysis("The secrets the site stores cannot be encrypted: " + cause.getMessage() + ".",
				"Make a key with `openssl rand -base64 32` and give it to the site as the environment variable "
						+ "PORTAL_SECURITY_ENCRYPTION_KEY (never in a committed file). Keep it, apart from the "
						+ "database backups: two-factor sign-in needs it.",
				cause);
	}

}
