package org.treatyportal.seo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The schema.org description of a page, written as JSON-LD in the page's head. A feature
 * with a type of its own (an event, say) supplies one with
 * {@link PageMeta#withStructuredData}; the layout serialises it with Jackson and escapes
 * it so no text can close the {@code <script>} element.
 */
@FunctionalInterface
public interface StructuredData {

	/** The schema.org vocabulary, the {@code @context} of every object. */
	String SCHEMA_ORG = "https://schema.org";

	/**
	 * The JSON-LD object: maps, lists, strings and numbers, as Jackson writes them.
	 * @param page the page's resolved title, description, address and the site's identity
	 */
	Map<String, Object> toJsonLd(Page page);

	/** A {@code NewsArticle} from the page's title, description, address and times. */
	static StructuredData newsArticle() {
		return (page) -> {
			Map<String, Object> article = object("NewsArticle");
			article.put("headline", page.title());
			article.put("description", page.description());
			putIfPresent(article, "url", page.url());
			putIfPresent(article, "mainEntityOfPage", page.url());
			putIfPresent(article, "datePublished", page.published());
			putIfPresent(article, "dateModified", page.modified());
			putIfPresent(article, "inLanguage", page.language());
			article.put("author", page.publisher());
			article.put("publisher", page.publisher());
			return article;
		};
	}

	/**
	 * A {@code NewsArticle} whose publication date is known less precisely than its
	 * instant, such as only to the month.
	 * @param datePublished the date as ISO 8601 gives it to that precision, e.g.
	 * {@code 2008-02}
	 */
	static StructuredData newsArticle(String datePublished) {
		return (page) -> {
			Map<String, Object> article = newsArticle().toJsonLd(page);
			article.put("datePublished", datePublished);
			return article;
		};
	}

	/**
	 * A treaty as a {@code Legislation}.
	 * @param name its full title
	 * @param identifier how it is cited, such as {@code ETS 185}
	 * @param openedForSignature the day it was opened for signature, or {@code null}
	 */
	static StructuredData legislation(String name, String identifier, LocalDate openedForSignature) {
		return (page) -> {
			Map<String, Object> legislation = object("Legislation");
			legislation.put("name", name);
			legislation.put("legislationIdentifier", identifier);
			legislation.put("description", page.description());
			putIfPresent(legislation, "datePublished", openedForSignature);
			putIfPresent(legislation, "url", page.url());
			legislation.put("publisher", page.publisher());
			return legislation;
		};
	}

	/**
	 * A State's profile as a {@code Country}.
	 * @param isoCode its ISO 3166-1 alpha-2 code
	 */
	static StructuredData country(String isoCode) {
		return (page) -> {
			Map<String, Object> country = object("Country");
			country.put("name", page.title());
			country.put("identifier", isoCode);
			country.put("description", page.description());
			putIfPresent(country, "url", page.url());
			return country;
		};
	}

	/** The site as a {@code WebSite} whose search engines can call: for the home page. */
	static StructuredData webSite() {
		return (page) -> {
			Map<String, Object> target = new LinkedHashMap<>();
			target.put("@type", "EntryPoint");
			target.put("urlTemplate", page.absolute("/search") + "?q={search_term_string}");
			Map<String, Object> search = new LinkedHashMap<>();
			search.put("@type", "SearchAction");
			search.put("target", target);
			search.put("query-input", "required name=search_term_string");
			Map<String, Object> site = object("WebSite");
			site.put("name", page.siteName());
			site.put("description", page.description());
			site.put("url", page.absolute("/"));
			putIfPresent(site, "inLanguage", page.language());
			site.put("publisher", page.publisher());
			site.put("potentialAction", search);
			return site;
		};
	}

	/** A new JSON-LD object of the given schema.org type, with its context. */
	static Map<String, Object> object(String type) {
		Map<String, Object> object = new LinkedHashMap<>();
		object.put("@context", SCHEMA_ORG);
		object.put("@type", type);
		return object;
	}

	private static void putIfPresent(Map<String, Object> object, String name, Object value) {
		if (value != null) {
			object.put(name, value.toString());
		}
	}

	/**
	 * What a page's structured data is built from.
	 *
	 * @param title the page's title, without the site's name
	 * @param description the page's description
	 * @param url the page's canonical address, or {@code null}
	 * @param published when it was published, or {@code null}
	 * @param modified when it last changed, or {@code null}
	 * @param language the language of the text the page shows (its {@code inLanguage}),
	 * or {@code null} off the public site
	 * @param siteName the portal's name
	 * @param organisation the organisation that runs the portal
	 * @param urls the site's absolute addresses
	 */
	record Page(String title, String description, String url, Instant published, Instant modified, String language,
			String siteName, String organisation, SiteUrls urls) {

		/** The absolute address of a path of the site. */
		public String absolute(String path) {
			return this.urls.absolute(path);
		}

		/** The organisation as a schema.org {@code Organization}. */
		public Map<String, Object> publisher() {
			Map<String, Object> publisher = new LinkedHashMap<>();
			publisher.put("@type", "Organization");
			publisher.put("name", this.organisation);
			publisher.put("url", this.urls.home());
			return publisher;
		}

	}

}
