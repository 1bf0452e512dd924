/**
 * The security filter chain, the sign-in steps (password, then two-factor code), the
 * session guard and the trusted reverse proxies.
 */
package org.treatyportal.security;
