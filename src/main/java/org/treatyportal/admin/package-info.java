/**
 * The admin dashboard: how much content each content type has in each publication status,
 * counted by every {@link org.treatyportal.publishing.StatusCounter} bean.
 */
package org.treatyportal.admin;
