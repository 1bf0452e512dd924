package org.treatyportal.users;

/**
 * Another account already has this e-mail address (compared regardless of case).
 */
class DuplicateEmailException extends RuntimeException {

	DuplicateEmailException(String email) {
		super("An account with " + email + " exists");
	}

}
