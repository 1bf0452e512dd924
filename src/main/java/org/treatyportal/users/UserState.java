package org.treatyportal.users;

/**
 * States the admin user list filters by.
 */
public enum UserState {

	ENABLED, DISABLED, LOCKED

}
