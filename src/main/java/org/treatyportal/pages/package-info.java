/**
 * Static pages and the site menu that places them.
 */
package org.treatyportal.pages;
