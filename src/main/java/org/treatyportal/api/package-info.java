/**
 * The read-only JSON API under {@code /api}, with the same visibility rules as the site,
 * and its OpenAPI description.
 */
package org.treatyportal.api;
