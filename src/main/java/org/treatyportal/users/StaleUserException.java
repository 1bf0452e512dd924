package org.treatyportal.users;

/**
 * Someone changed the record since the form was shown; the change is refused rather than
 * overwriting theirs.
 */
class StaleUserException extends RuntimeException {

	StaleUserException() {
		super("Changed by someone else meanwhile");
	}

}
