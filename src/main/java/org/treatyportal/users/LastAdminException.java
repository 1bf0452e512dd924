package org.treatyportal.users;

/**
 * The change would leave the site without an enabled admin.
 */
class LastAdminException extends RuntimeException {

	LastAdminException() {
		super("The last enabled admin cannot be disabled or demoted");
	}

}
