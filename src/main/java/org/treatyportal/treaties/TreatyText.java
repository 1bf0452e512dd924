package org.treatyportal.treaties;

/**
 * One file of a treaty's text or explanatory report in one language, as the document
 * library publishes it.
 *
 * @param kind {@code TEXT} or {@code EXPLANATORY_REPORT}
 * @param language the language's BCP 47 tag, e.g. {@code fr}
 * @param languageName the language's name, e.g. "French"
 * @param authentic whether it is an authentic version (otherwise a translation)
 * @param url the file's public address
 */
public record TreatyText(String kind, String language, String languageName, boolean authentic, String url) {
}
