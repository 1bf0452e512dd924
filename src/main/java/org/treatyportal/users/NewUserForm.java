package org.treatyportal.users;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * An admin creates an account: who it is for and what they may do.
 */
public class NewUserForm {

	@NotBlank(message = "{users.email.required}")
	@Email(message = "{users.email.invalid}")
	@Size(max = 254, message = "{users.email.tooLong}")
	private String email;

	@NotBlank(message = "{users.name.required}")
	@Size(max = 120, message = "{users.name.tooLong}")
	private String displayName;

	@NotNull(message = "{users.role.required}")
	private Role role = Role.EDITOR;

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = (email != null) ? email.strip() : null;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = displayName;
	}

	public Role getRole() {
		return this.role;
	}

	public void setRole(Role role) {
		this.role = role;
	}

}
