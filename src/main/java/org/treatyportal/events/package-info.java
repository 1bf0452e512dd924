/**
 * Events: their public pages, calendars (iCalendar), and admin screens.
 */
package org.treatyportal.events;
