package org.treatyportal.users;

/**
 * What the current password typed to confirm a change turned out to be.
 */
enum CurrentPassword {

	/** The account's password: the change may go ahead. */
	RIGHT,

	/** Not the account's password, or empty. */
	WRONG,

	/** Not looked at: too many failures from this address or for this account. */
	THROTTLED;

	/** The message key that says why the change was refused. */
	String refusal() {
		return (this == THROTTLED) ? "account.currentPasswordThrottled" : "account.currentPasswordWrong";
	}

}
