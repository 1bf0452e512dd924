package org.treatyportal.seo;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.util.DigestUtils;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * What search engines read first: {@code /robots.txt} and {@code /sitemap.xml}.
 */
@Controller
class SearchEngineController {

	private static final MediaType XML = new MediaType("application", "xml", StandardCharsets.UTF_8);

	private static final MediaType TEXT = new MediaType("text", "plain", StandardCharsets.UTF_8);

	/**
	 * Caches may keep a copy but must ask each time, so that a scheduled item shows at
	 * its instant.
	 */
	private static final CacheControl REVALIDATE = CacheControl.noCache().cachePublic();

	private final Sitemap sitemap;

	private final SiteUrls urls;

	SearchEngineController(Sitemap sitemap, SiteUrls urls) {
		this.sitemap = sitemap;
		this.urls = urls;
	}

	@GetMapping("/sitemap.xml")
	ResponseEntity<byte[]> sitemap() {
		List<SitemapEntry> entries = this.sitemap.entries();
		byte[] xml = this.sitemap.xml(entries);
		Instant lastModified = entries.get(0).lastModified();
		ResponseEntity.BodyBuilder response = ResponseEntity.ok()
			.contentType(XML)
			.cacheControl(REVALIDATE)
			.eTag(DigestUtils.md5DigestAsHex(xml));
		if (lastModified != null) {
			response.lastModified(lastModified);
		}
		return response.body(xml);
	}

	/**
	 * Everything public may be crawled but the admin area and the sign-in and password
	 * pages, which are for editors ({@code $} ends a rule, RFC 9309, so that pages such
	 * as {@code /login-help} stay open). There is no {@code /api} to close.
	 */
	@GetMapping("/robots.txt")
	ResponseEntity<String> robots() {
		String robots = """
				User-agent: *
				Allow: /
				Disallow: /admin$
				Disallow: /admin?
				Disallow: /admin/
				Disallow: /login$
				Disallow: /login?
				Disallow: /login/
				Disallow: /password-reset/

				Sitemap: %s
				""".formatted(this.urls.absolute("/sitemap.xml"));
		return ResponseEntity.ok().contentType(TEXT).cacheControl(REVALIDATE).body(robots);
	}

}
