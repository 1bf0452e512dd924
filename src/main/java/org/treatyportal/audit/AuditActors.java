package org.treatyportal.audit;

import java.util.Optional;

/**
 * Finds the account an e-mail address belongs to, for entries written without a signed-in
 * principal (a sign-in, a password set by link). The users feature implements it as a
 * bean; without one, such entries name the address only.
 */
public interface AuditActors {

	/** The id of the account with this e-mail address, if there is one. */
	Optional<Long> idOf(String email);

}
