package org.treatyportal.users;

/**
 * A stored secret that the configured encryption key cannot decrypt: the key is not the
 * one it was encrypted with, or the value was altered.
 */
public class WrongEncryptionKeyException extends EncryptionKeyException {

	WrongEncryptionKeyException(Throwable cause) {
		super("portal.security.encryption-key is not the key the two-factor secrets in the database were "
				+ "encrypted with, or a stored secret was altered", cause);
	}

}
