package org.treatyportal.pages;

/**
 * One entry of the site menu.
 *
 * @param title the page's title
 * @param url the page's address, without language prefix
 * @param lang the title's language where it is not the page's (the page has no version in
 * it), else {@code null}
 */
public record MenuLink(String title, String url, String lang) {
}
