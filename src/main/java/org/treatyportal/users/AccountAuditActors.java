package org.treatyportal.users;

import java.util.Optional;

import org.springframework.stereotype.Component;

import org.treatyportal.audit.AuditActors;

/**
 * Lets the audit log name the account behind an e-mail address when no one is signed in
 * yet (sign-ins, throttled attempts, passwords set by link), and revisions show their
 * authors by name.
 */
@Component
class AccountAuditActors implements AuditActors {

	private final UserRepository users;

	AccountAuditActors(UserRepository users) {
		this.users = users;
	}

	@Override
	public Optional<Long> idOf(String email) {
		return this.users.findByEmail(email).map(User::getId);
	}

	@Override
	public Optional<String> nameOf(long id) {
		return this.users.findById(id).map(User::getDisplayName);
	}

}
