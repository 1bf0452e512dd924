package org.treatyportal.users;

/**
 * A user changes their password: the current one, then the new one twice.
 */
public class PasswordChangeForm extends NewPasswordForm {

	private String currentPassword;

	public String getCurrentPassword() {
		return this.currentPassword;
	}

	public void setCurrentPassword(String currentPassword) {
		this.currentPassword = currentPassword;
	}

}
