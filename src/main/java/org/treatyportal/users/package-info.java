/**
 * Accounts and roles: passwords, one-time password links, two-factor codes, the sign-in
 * throttle and the first administrator.
 */
package org.treatyportal.users;
