package org.treatyportal.pages;

import java.util.List;

import org.springframework.stereotype.Component;

import org.treatyportal.seo.SitemapEntry;
import org.treatyportal.seo.SitemapSource;

/**
 * The visible static pages in the sitemap.
 */
@Component
class PageSitemap implements SitemapSource {

	private final PageService pages;

	PageSitemap(PageService pages) {
		this.pages = pages;
	}

	@Override
	public List<SitemapEntry> entries() {
		return this.pages.sitemapEntries();
	}

}
