/**
 * Typed settings ({@link PortalProperties}), the clock every feature takes "now" from,
 * files that only the site's system user may read, and how a node stops during a rolling
 * restart.
 */
package org.treatyportal.config;
