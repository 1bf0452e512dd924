package org.treatyportal.audit;

import java.util.Optional;

/**
 * Finds the account an e-mail address belongs to, for entries written without a signed-in
 * principal (a sign-in, a password set by link), and the name people know an account by.
 * The users feature implements it as a bean; without one, entries name the address only.
 */
public interface AuditActors {

	/** The id of the account with this e-mail address, if there is one. */
	Optional<Long> idOf(String email);

	/** The name of the account with this id as people read it, if it still exists. */
	Optional<String> nameOf(long id);

}
