/**
 * News items and press releases: their lists, pages, and admin screens.
 */
package org.treatyportal.news;
