package org.treatyportal.revisions;

/**
 * A form value that a service refuses after the form's own validation passed (a slug
 * already taken, an image without alternative text). Controllers show it next to the
 * field, with everything the user typed kept.
 */
public class FormRejection extends RuntimeException {

	private final String field;

	private final String code;

	private final transient Object[] arguments;

	public FormRejection(String field, String code, Object... arguments) {
		super(field + ": " + code);
		this.field = field;
		this.code = code;
		this.arguments = arguments;
	}

	public String getField() {
		return this.field;
	}

	/** The message key of the reason. */
	public String getCode() {
		return this.code;
	}

	public Object[] getArguments() {
		return this.arguments;
	}

}
