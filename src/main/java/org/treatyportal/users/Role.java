package org.treatyportal.users;

/**
 * What a signed-in user may do: editors manage content, admins manage everything.
 */
public enum Role {

	EDITOR, ADMIN;

	/** The Spring Security authority, e.g. {@code ROLE_EDITOR}. */
	public String authority() {
		return "ROLE_" + name();
	}

}
