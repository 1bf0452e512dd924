/**
 * Typed settings ({@link PortalProperties}), the clock every feature takes "now" from,
 * and files that only the site's system user may read.
 */
package org.treatyportal.config;
