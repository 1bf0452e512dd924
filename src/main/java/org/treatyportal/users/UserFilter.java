package org.treatyportal.users;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * The search and filters of the admin user list, bound from the query string.
 */
public class UserFilter {

	private String q;

	private Role role;

	private UserState state;

	public String getQ() {
		return this.q;
	}

	public void setQ(String q) {
		this.q = q;
	}

	public Role getRole() {
		return this.role;
	}

	public void setRole(Role role) {
		this.role = role;
	}

	public UserState getState() {
		return this.state;
	}

	public void setState(UserState state) {
		this.state = state;
	}

	/** Whether any filter is set. */
	public boolean isActive() {
		return (this.q != null && !this.q.isBlank()) || this.role != null || this.state != null;
	}

	/** Address of a page of the list with these filters. */
	public String url(int page) {
		UriComponentsBuilder url = UriComponentsBuilder.fromPath("/admin/users");
		if (this.q != null && !this.q.isBlank()) {
			url.queryParam("q", this.q.strip());
		}
		if (this.role != null) {
			url.queryParam("role", this.role);
		}
		if (this.state != null) {
			url.queryParam("state", this.state);
		}
		if (page > 1) {
			url.queryParam("page", page);
		}
		return url.encode().build().toUriString();
	}

}
