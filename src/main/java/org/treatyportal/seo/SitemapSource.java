package org.treatyportal.seo;

import java.util.List;

/**
 * The public pages of one feature, for {@code /sitemap.xml}. Each feature with public
 * pages provides one, so a new content type joins the sitemap by adding a bean.
 */
public interface SitemapSource {

	/**
	 * The feature's pages that visitors can see now (apply the publication rule), each
	 * with when it last changed.
	 */
	List<SitemapEntry> entries();

}
