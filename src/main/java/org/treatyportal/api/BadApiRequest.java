package org.treatyportal.api;

/**
 * A request to the JSON API with a parameter it cannot use; answered 400 with the reason.
 */
class BadApiRequest extends RuntimeException {

	BadApiRequest(String reason) {
		super(reason);
	}

}
