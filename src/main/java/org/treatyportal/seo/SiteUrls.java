package org.treatyportal.seo;

import java.net.URI;
import java.util.Locale;

import org.springframework.stereotype.Component;

import org.treatyportal.config.PortalProperties;

/**
 * Absolute addresses of the site's pages, built from {@code portal.base-url} and never
 * from a request's Host header, which a client chooses. Feeds, the sitemap, canonical
 * links and Open Graph tags use it.
 */
@Component
public class SiteUrls {

	private final String base;

	private final String host;

	SiteUrls(PortalProperties properties) {
		URI url = properties.baseUrl();
		String scheme = (url.getScheme() != null) ? url.getScheme().toLowerCase(Locale.ROOT) : "";
		if (!(scheme.equals("http") || scheme.equals("https")) || url.getHost() == null || url.getQuery() != null
				|| url.getFragment() != null) {
			throw new IllegalArgumentException(
					"portal.base-url must be an absolute http or https address without query or fragment, not " + url);
		}
		String text = url.toString();
		this.base = text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
		this.host = url.getHost().toLowerCase(Locale.ROOT);
	}

	/**
	 * The absolute address of a path of the site.
	 * @param path starting with {@code /}, query included if any
	 */
	public String absolute(String path) {
		if (path == null || !path.startsWith("/")) {
			throw new IllegalArgumentException("Not a path of the site: " + path);
		}
		return this.base + path;
	}

	/** The site's home page, with its trailing slash. */
	public String home() {
		return absolute("/");
	}

	/**
	 * The host of the base URL, lower case: the authority of the site's {@code tag:}
	 * URIs.
	 */
	public String host() {
		return this.host;
	}

}
