package org.treatyportal.feeds;

/**
 * A feed as a page's head announces it.
 *
 * @param title the feed's title in the reader's language
 * @param path the feed's address
 */
public record FeedLink(String title, String path) {
}
