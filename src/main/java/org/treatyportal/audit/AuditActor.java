package org.treatyportal.audit;

/**
 * A signed-in principal that names its account, so that the audit log records who acted
 * without looking the account up. The users feature's principal implements it.
 */
public interface AuditActor {

	/** The account's id. */
	long getId();

	/** The account's e-mail address, which the log shows. */
	String getEmail();

}
