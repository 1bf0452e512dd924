package org.treatyportal.feeds;

import java.util.List;
import java.util.Locale;

/**
 * One Atom feed, served at {@code /feeds/{name}.atom} and announced in the head of every
 * public page. Each feature with a feed provides one bean, so a new feed is one bean and
 * no change here; beans are listed in their {@code @Order}.
 */
public interface FeedSource {

	/** The feed's name in its address, such as {@code news}: lower case and hyphens. */
	String name();

	/** Message code of the feed's title, such as {@code feeds.news}. */
	String titleCode();

	/** Path of the page that lists the same items: the feed's {@code alternate} link. */
	String pagePath();

	/**
	 * The newest items visible now (drafts, scheduled and withdrawn items never), newest
	 * first.
	 * @param count the most entries wanted
	 * @param locale the reader's language, for texts the feed composes itself
	 */
	List<FeedEntry> entries(int count, Locale locale);

}
