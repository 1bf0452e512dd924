package org.treatyportal.users;

/**
 * A new password typed twice, through a password link.
 */
public class NewPasswordForm {

	private String newPassword;

	private String repeatPassword;

	public String getNewPassword() {
		return this.newPassword;
	}

	public void setNewPassword(String newPassword) {
		this.newPassword = newPassword;
	}

	public String getRepeatPassword() {
		return this.repeatPassword;
	}

	public void setRepeatPassword(String repeatPassword) {
		this.repeatPassword = repeatPassword;
	}

}
