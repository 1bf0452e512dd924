package org.treatyportal.users;

import java.io.Serial;
import java.util.Collection;
import java.util.List;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import org.treatyportal.audit.AuditActor;

/**
 * The account behind a session, as it was when the user signed in. It remembers the
 * account's session generation so that a later password change or disabling ends the
 * session.
 */
public final class SignedInUser implements UserDetails, CredentialsContainer, AuditActor {

	/**
	 * Session attribute holding the session generation a session is valid for, when it
	 * differs from the one at sign-in (the user changed their own password).
	 */
	public static final String SESSION_GENERATION = SignedInUser.class.getName() + ".GENERATION";

	@Serial
	private static final long serialVersionUID = 1L;

	private final long id;

	private final String email;

	private final String displayName;

	private final Role role;

	private final boolean enabled;

	private final long sessionGeneration;

	private final boolean twoFactorEnabled;

	private String password;

	SignedInUser(User user) {
		this.id = user.getId();
		this.email = user.getEmail();
		this.displayName = user.getDisplayName();
		this.role = user.getRole();
		this.enabled = user.isEnabled();
		this.sessionGeneration = user.getSessionGeneration();
		this.twoFactorEnabled = user.isTwoFactorEnabled();
		this.password = user.getPasswordHash();
	}

	/**
	 * The principal of an account, for tests and for signing in after the second factor.
	 */
	public static SignedInUser of(User user) {
		return new SignedInUser(user);
	}

	@Override
	public long getId() {
		return this.id;
	}

	@Override
	public String getEmail() {
		return this.email;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	public Role getRole() {
		return this.role;
	}

	public long getSessionGeneration() {
		return this.sessionGeneration;
	}

	public boolean isTwoFactorEnabled() {
		return this.twoFactorEnabled;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority(this.role.authority()));
	}

	@Override
	public String getPassword() {
		return this.password;
	}

	@Override
	public String getUsername() {
		return this.email;
	}

	@Override
	public boolean isEnabled() {
		return this.enabled;
	}

	@Override
	public void eraseCredentials() {
		this.password = null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof SignedInUser that && this.id == that.id;
	}

	@Override
	public int hashCode() {
		return Long.hashCode(this.id);
	}

	@Override
	public String toString() {
		return "SignedInUser[" + this.email + "]";
	}

}
