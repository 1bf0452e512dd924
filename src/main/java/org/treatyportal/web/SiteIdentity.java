package org.treatyportal.web;

import java.time.ZoneId;
import java.util.Locale;

import org.treatyportal.config.PortalProperties;

/**
 * What every template knows of the site as {@code site}: its name, organisation and
 * tagline in the language of the page, and the zone its times are shown in.
 *
 * @param siteName the portal's name
 * @param organisation the organisation that runs it
 * @param tagline the sentence under the name on the home page
 * @param timeZone the zone in which dates and times are shown and entered
 * @param lang the {@code lang} of those texts where the settings give them in another
 * language than the page's (the default language's stand in), else {@code null}
 */
public record SiteIdentity(String siteName, String organisation, String tagline, ZoneId timeZone, String lang) {

	/** The site as a page in the given language shows it. */
	public static SiteIdentity of(PortalProperties properties, Locale locale) {
		String language = locale.getLanguage();
		return new SiteIdentity(properties.siteName(language), properties.organisation(language),
				properties.tagline(language), properties.timeZone(),
				properties.namesSiteIn(language) ? null : properties.defaultLanguage());
	}

	/**
	 * The place that names the time zone, as people say "Paris time": the city of the
	 * zone's identifier ({@code Europe/Paris}, {@code America/New_York}), or the
	 * identifier itself ({@code UTC}).
	 */
	public String zoneCity() {
		return zoneCity(this.timeZone);
	}

	/** The place that names a time zone: "Paris" for {@code Europe/Paris}. */
	public static String zoneCity(ZoneId zone) {
		String id = zone.getId();
		return id.substring(id.lastIndexOf('/') + 1).replace('_', ' ');
	}

}
