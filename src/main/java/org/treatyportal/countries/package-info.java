/**
 * Countries: the list by region with their status for a treaty, the world map, the
 * profiles, and their admin screens.
 */
package org.treatyportal.countries;
