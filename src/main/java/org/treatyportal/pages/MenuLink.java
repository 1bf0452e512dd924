package org.treatyportal.pages;

/**
 * One entry of the site menu.
 *
 * @param title the page's title
 * @param url the page's address
 */
public record MenuLink(String title, String url) {
}
