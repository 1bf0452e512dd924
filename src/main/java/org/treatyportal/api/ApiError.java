package org.treatyportal.api;

/**
 * The body of an error answer of the JSON API.
 *
 * @param status the HTTP status code
 * @param error a short explanation for the caller
 */
public record ApiError(int status, String error) {
}
