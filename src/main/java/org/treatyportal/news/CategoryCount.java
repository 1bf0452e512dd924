package org.treatyportal.news;

/**
 * A category with the number of visible articles in it, for the list filters.
 *
 * @param slug the category's URL name
 * @param name the category's display name
 * @param count how many visible articles of the listed kind it holds
 */
public record CategoryCount(String slug, String name, long count) {
}
