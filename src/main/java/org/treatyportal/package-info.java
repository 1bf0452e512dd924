/**
 * Treaty Portal: a server-rendered content management website for a treaty-centred
 * thematic portal. Each package below is one feature; {@link TreatyPortalApplication}
 * starts them all.
 */
package org.treatyportal;
