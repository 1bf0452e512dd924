package org.treatyportal.treaties;

/**
 * A query parameter of a treaty or country page that the site cannot use (a malformed
 * date, an unknown sort): answered with 400 and a sentence saying what is wrong.
 */
public class BadTreatyRequest extends RuntimeException {

	private final String messageKey;

	private final transient Object[] arguments;

	public BadTreatyRequest(String messageKey, Object... arguments) {
		super(messageKey);
		this.messageKey = messageKey;
		this.arguments = arguments;
	}

	/** Key of the explanation in the message bundle. */
	public String getMessageKey() {
		return this.messageKey;
	}

	public Object[] getArguments() {
		return this.arguments;
	}

}
