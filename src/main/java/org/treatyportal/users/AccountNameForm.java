package org.treatyportal.users;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A user changes the name shown for them, against the version they saw.
 */
public class AccountNameForm {

	@NotBlank(message = "{users.name.required}")
	@Size(max = 120, message = "{users.name.tooLong}")
	private String displayName;

	private long version;

	public String getDisplayName() {
		return this.displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = displayName;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
