package org.treatyportal.users;

/**
 * One account in the admin list.
 *
 * @param id the account's id
 * @param email its e-mail address
 * @param displayName the name shown for it
 * @param role what it may do
 * @param enabled whether it may sign in
 * @param locked whether its sign-in waits or is locked somewhere after failures
 * @param twoFactor whether it signs in with a code
 */
public record UserRow(long id, String email, String displayName, Role role, boolean enabled, boolean locked,
		boolean twoFactor) {

	public String url() {
		return "/admin/users/" + this.id;
	}

}
