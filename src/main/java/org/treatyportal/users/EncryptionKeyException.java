package org.treatyportal.users;

/**
 * The site has no usable encryption key for the secrets it stores. The message is one
 * line that names the cause, so that it can be shown as it is.
 */
public class EncryptionKeyException extends RuntimeException {

	EncryptionKeyException(String message, Throwable cause) {
		super(message, cause);
	}

}
