package org.treatyportal.countries;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import org.treatyportal.config.PortalProperties;
import org.treatyportal.seo.SitemapEntry;
import org.treatyportal.seo.SitemapSource;
import org.treatyportal.treaties.TreatyService;

/**
 * The country list and the profiles worth a search engine's visit in the sitemap: the
 * States a treaty chart lists (members, and any State with a signature or deposit) and
 * any State with a written profile. The others' pages exist but only say "neither".
 */
@Component
class CountrySitemap implements SitemapSource {

	private final CountryDirectory countries;

	private final TreatyService treaties;

	private final ZoneId zone;

	CountrySitemap(CountryDirectory countries, TreatyService treaties, PortalProperties properties) {
		this.countries = countries;
		this.treaties = treaties;
		this.zone = properties.timeZone();
	}

	@Override
	public List<SitemapEntry> entries() {
		Map<String, Instant> records = this.treaties.lastChangeByCountry();
		List<SitemapEntry> profiles = new ArrayList<>();
		Instant newest = null;
		for (Country country : this.countries.all()) {
			if (!(country.isMember() || country.hasProfile() || records.get(country.getCode()) != null)) {
				continue;
			}
			Instant reviewed = (country.getLastReviewed() != null)
					? country.getLastReviewed().atStartOfDay(this.zone).toInstant() : null;
			Instant changed = SitemapEntry.latest(SitemapEntry.latest(country.getUpdatedAt(), reviewed),
					records.get(country.getCode()));
			newest = SitemapEntry.latest(newest, changed);
			profiles.add(new SitemapEntry("/countries/" + country.getSlug(), changed));
		}
		List<SitemapEntry> entries = new ArrayList<>(profiles.size() + 1);
		entries.add(new SitemapEntry("/countries", newest));
		entries.addAll(profiles);
		return entries;
	}

}
