package org.treatyportal.seo;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import org.treatyportal.news.Article;
import org.treatyportal.news.TestArticles;
import org.treatyportal.support.MutableClock;
import org.treatyportal.support.PortalIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * {@code /sitemap.xml} and {@code /robots.txt}: what search engines are told to read.
 */
@PortalIntegrationTest
class SitemapTests {

	private static final String BASE = "http://localhost:8080";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestArticles articles;

	@Autowired
	private MutableClock clock;

	@Test
	void sitemapListsEveryVisibleAddressOnceWithItsLastChange() throws Exception {
		Instant now = Instant.parse("2043-02-01T10:00:00Z");
		Article visible = this.articles.news("Sitemap visible 8801").publishedAt(now.minus(Duration.ofHours(1))).save();
		Article pressRelease = this.articles.pressRelease("Sitemap press release 8801")
			.publishedAt(now.minus(Duration.ofHours(2)))
			.save();
		Article draft = this.articles.news("Sitemap draft 8801").save();
		Article scheduled = this.articles.news("Sitemap scheduled 8801").publishedAt(now.plusSeconds(1)).save();
		Article withdrawn = this.articles.news("Sitemap withdrawn 8801").withdrawnAfter(now.minusSeconds(60)).save();
		this.clock.setInstant(now);

		Map<String, String> sitemap = sitemap();

		assertThat(sitemap).containsEntry(BASE + "/news/" + visible.getSlug(), "2043-02-01T09:00:00Z")
			.containsEntry(BASE + "/press-releases/" + pressRelease.getSlug(), "2043-02-01T08:00:00Z")
			.containsEntry(BASE + "/news", "2043-02-01T09:00:00Z")
			.containsEntry(BASE + "/", "2043-02-01T09:00:00Z")
			.containsKeys(BASE + "/press-releases", BASE + "/treaties", BASE + "/countries", BASE + "/countries/fr")
			.doesNotContainKeys(BASE + "/news/" + draft.getSlug(), BASE + "/news/" + scheduled.getSlug(),
					BASE + "/news/" + withdrawn.getSlug(), BASE + "/countries/aq", BASE + "/search", BASE + "/login");
		assertThat(sitemap.keySet()).first().isEqualTo(BASE + "/");
		assertThat(sitemap.keySet()).allSatisfy((loc) -> assertThat(loc).startsWith(BASE + "/"));
		assertThat(sitemap.values()).allSatisfy((lastmod) -> {
			if (lastmod != null) {
				assertThatNoException().isThrownBy(() -> OffsetDateTime.parse(lastmod));
			}
		});
	}

	@Test
	void scheduledItemJoinsTheSitemapAtItsInstant() throws Exception {
		Instant embargo = Instant.parse("2043-03-01T06:00:00Z");
		Article scheduled = this.articles.pressRelease("Sitemap embargoed 8802").publishedAt(embargo).save();
		String loc = BASE + "/press-releases/" + scheduled.getSlug();

		this.clock.setInstant(embargo.minusMillis(1));
		assertThat(sitemap()).doesNotContainKey(loc);

		this.clock.setInstant(embargo);
		assertThat(sitemap()).containsEntry(loc, "2043-03-01T06:00:00Z");
	}

	@Test
	void robotsTxtOpensTheSiteButTheEditorsPagesAndNamesTheSitemap() throws Exception {
		String robots = this.mvc.perform(get("/robots.txt"))
			.andExpect(status().isOk())
			.andExpect(content().contentType("text/plain;charset=UTF-8"))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(robots.lines()).startsWith("User-agent: *", "Allow: /")
			.contains("Disallow: /admin$", "Disallow: /admin/", "Disallow: /login$", "Disallow: /login/",
					"Disallow: /password-reset/", "Sitemap: " + BASE + "/sitemap.xml")
			.noneMatch((line) -> line.equals("Disallow: /") || line.startsWith("Disallow: /news")
					|| line.startsWith("Disallow: /search"));
	}

	@Test
	void eachPageIsListedInEveryLanguageWithItsAlternates() throws Exception {
		Map<String, String> entries = sitemap();
		assertThat(entries).containsKeys(BASE + "/", BASE + "/fr/", BASE + "/news", BASE + "/fr/news");
		assertThat(entries.keySet()).noneMatch((loc) -> loc.contains("/fr/fr") || loc.contains("/fr/admin"));
		String xml = this.mvc.perform(get("/sitemap.xml")).andReturn().getResponse().getContentAsString();
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		NodeList urls = factory.newDocumentBuilder()
			.parse(new ByteArrayInputStream(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
			.getElementsByTagNameNS(Sitemap.NAMESPACE, "url");
		boolean found = false;
		for (int i = 0; i < urls.getLength(); i++) {
			Element url = (Element) urls.item(i);
			if (!url.getElementsByTagNameNS(Sitemap.NAMESPACE, "loc")
				.item(0)
				.getTextContent()
				.equals(BASE + "/fr/news")) {
				continue;
			}
			found = true;
			NodeList links = url.getElementsByTagNameNS(Sitemap.XHTML, "link");
			Map<String, String> alternates = new LinkedHashMap<>();
			for (int j = 0; j < links.getLength(); j++) {
				Element link = (Element) links.item(j);
				assertThat(link.getAttribute("rel")).isEqualTo("alternate");
				alternates.put(link.getAttribute("hreflang"), link.getAttribute("href"));
			}
			assertThat(alternates).containsExactly(Map.entry("en", BASE + "/news"), Map.entry("fr", BASE + "/fr/news"),
					Map.entry("x-default", BASE + "/news"));
		}
		assertThat(found).isTrue();
	}

	/**
	 * The sitemap's addresses and their dates (null where none is given), in order, once
	 * each.
	 */
	private Map<String, String> sitemap() throws Exception {
		byte[] xml = this.mvc.perform(get("/sitemap.xml"))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/xml;charset=UTF-8"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
		Element root = document.getDocumentElement();
		assertThat(root.getNamespaceURI()).isEqualTo("http://www.sitemaps.org/schemas/sitemap/0.9");
		assertThat(root.getLocalName()).isEqualTo("urlset");
		NodeList urls = root.getElementsByTagNameNS(Sitemap.NAMESPACE, "url");
		Map<String, String> entries = new LinkedHashMap<>();
		List<String> locs = new ArrayList<>();
		for (int i = 0; i < urls.getLength(); i++) {
			Element url = (Element) urls.item(i);
			String loc = url.getElementsByTagNameNS(Sitemap.NAMESPACE, "loc").item(0).getTextContent();
			NodeList lastmod = url.getElementsByTagNameNS(Sitemap.NAMESPACE, "lastmod");
			locs.add(loc);
			entries.put(loc, (lastmod.getLength() > 0) ? lastmod.item(0).getTextContent() : null);
		}
		assertThat(locs).doesNotHaveDuplicates();
		return entries;
	}

}
