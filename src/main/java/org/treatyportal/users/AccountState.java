package org.treatyportal.users;

/**
 * What a running session needs to know about its account on every request.
 *
 * @param enabled whether the account may sign in
 * @param sessionGeneration sessions signed in under another generation have ended
 * @param role the account's role now
 * @param twoFactorEnabled whether the account signs in with a TOTP code
 * @param language the language of the admin area the user chose, or {@code null}
 */
public record AccountState(boolean enabled, long sessionGeneration, Role role, boolean twoFactorEnabled,
		String language) {
}
