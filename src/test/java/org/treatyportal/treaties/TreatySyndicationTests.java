package org.treatyportal.treaties;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.io.SyndFeedInput;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.xml.sax.InputSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.treatyportal.support.MutableClock;
import org.treatyportal.support.PortalIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Treaties for feed readers and search engines: the feed of signatures and deposits, the
 * treaty page's and chart's metadata, and their entries in the sitemap.
 */
@PortalIntegrationTest
class TreatySyndicationTests {

	private static final Instant NOW = Instant.parse("2045-06-15T10:00:00Z");

	private static final String BASE = "http://localhost:8080";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private MutableClock clock;

	@Autowired
	private TreatyRepository treatyRepository;

	@Autowired
	private TreatyPartyRepository partyRepository;

	@Autowired
	private TreatyStatementRepository statementRepository;

	private TestTreaties treaties;

	@BeforeEach
	void createTreaties() {
		this.clock.setInstant(NOW);
		this.treaties = new TestTreaties(this.treatyRepository, this.partyRepository, this.statementRepository);
	}

	@Test
	void treatyActionsFeedListsSignaturesAndDepositsNewestFirstUpToToday() throws Exception {
		Treaty treaty = this.treaties.treaty("Feed convention");
		String reference = treaty.getReference();
		this.treaties.signed(treaty, "AZ", "2045-06-01");
		this.treaties.ratified(treaty, "FR", "2045-01-10", "2045-06-10");
		this.treaties.acceded(treaty, "JP", "2045-06-12");
		this.treaties.signed(treaty, "DE", "2045-06-16");

		SyndFeed feed = feed();

		assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
		assertThat(feed.getTitle()).isEqualTo("Signatures and ratifications · Cybercrime");
		assertThat(feed.getLinks()).extracting(SyndLink::getRel, SyndLink::getHref)
			.contains(tuple("alternate", BASE + "/treaties"));
		List<SyndEntry> entries = feed.getEntries();
		assertThat(entries).extracting(SyndEntry::getTitle)
			.startsWith("Japan acceded to " + reference, "France ratified " + reference,
					"Azerbaijan signed " + reference, "France signed " + reference)
			.doesNotContain("Germany signed " + reference);
		SyndEntry accession = entries.get(0);
		assertThat(accession.getLink()).isEqualTo(BASE + "/countries/jp");
		assertThat(accession.getUri())
			.isEqualTo("tag:localhost,2045-06-12:treaty-actions/" + treaty.getNumber() + "/jp/consent");
		// The day starts in the site's zone, Europe/Paris: 22:00 UTC the day before in
		// summer.
		assertThat(accession.getPublishedDate()).isEqualTo(Date.from(Instant.parse("2045-06-11T22:00:00Z")));
		assertThat(accession.getDescription().getValue())
			.isEqualTo("Japan deposited its instrument of accession to the Feed convention (" + reference
					+ ") on 12 June 2045.");
		assertThat(accession.getCategories()).extracting(SyndCategory::getName).containsExactly(reference);
		assertThat(entries.get(2).getUri())
			.isEqualTo("tag:localhost,2045-06-01:treaty-actions/" + treaty.getNumber() + "/az/signature");
	}

	@Test
	void treatyPageDescribesTheTreatyAsLegislation() throws Exception {
		Treaty treaty = this.treaties.treaty("Metadata convention");
		treaty.setSummary("<p>A convention on <em>metadata</em> &amp; its uses.</p>");
		this.treatyRepository.saveAndFlush(treaty);
		String path = "/treaties/" + treaty.getNumber();

		Document html = html(path);

		assertThat(html.select("meta[name=description]").attr("content"))
			.isEqualTo("A convention on metadata & its uses.");
		assertThat(html.select("link[rel=canonical]").attr("href")).isEqualTo(BASE + path);
		assertThat(html.select("meta[property=og:url]").attr("content")).isEqualTo(BASE + path);
		assertThat(html.select("meta[property=og:type]").attr("content")).isEqualTo("website");
		assertThat(html.select("meta[property=og:title]").attr("content"))
			.isEqualTo("Metadata convention (" + treaty.getReference() + ")");
		JsonNode legislation = jsonLd(html);
		assertThat(legislation.get("@context").asString()).isEqualTo("https://schema.org");
		assertThat(legislation.get("@type").asString()).isEqualTo("Legislation");
		assertThat(legislation.get("name").asString()).isEqualTo("Metadata convention (full title)");
		assertThat(legislation.get("legislationIdentifier").asString()).isEqualTo(treaty.getReference());
		assertThat(legislation.get("datePublished").asString()).isEqualTo("2001-11-23");
		assertThat(legislation.get("url").asString()).isEqualTo(BASE + path);
	}

	@Test
	void chartHasOneCanonicalAddressWhateverItsDateFilterOrOrder() throws Exception {
		Treaty treaty = this.treaties.treaty("Chart metadata convention");
		String path = "/treaties/" + treaty.getNumber() + "/chart";

		Document html = html(path + "?asOf=2030-01-01&sort=signature&dir=desc&utm_source=mail");

		assertThat(html.select("link[rel=canonical]").attr("href")).isEqualTo(BASE + path);
		assertThat(html.select("meta[property=og:title]").attr("content")).isEqualTo(
				"Chart of signatures and ratifications: Chart metadata convention (" + treaty.getReference() + ")");
		assertThat(html.select("meta[name=description]").attr("content"))
			.startsWith("Which States signed, ratified or acceded to the Chart metadata convention ("
					+ treaty.getReference() + ")");
	}

	@Test
	void sitemapListsTheTreatyPageAndChartDatedByTheLatestRecord() throws Exception {
		Treaty treaty = this.treaties.treaty("Sitemap convention");
		this.treaties.ratified(treaty, "EE", "2045-02-01", "2045-05-20");
		this.treaties.signed(treaty, "LV", "2045-07-01");
		String xml = this.mvc.perform(get("/sitemap.xml")).andReturn().getResponse().getContentAsString();

		// The deposit of 20 May, at the start of that day in Paris; the signature still
		// to come changes nothing yet.
		assertThat(xml).contains("<url><loc>" + BASE + "/treaties/" + treaty.getNumber()
				+ "</loc><lastmod>2045-05-19T22:00:00Z</lastmod>");
		assertThat(xml).contains("<url><loc>" + BASE + "/treaties/" + treaty.getNumber()
				+ "/chart</loc><lastmod>2045-05-19T22:00:00Z</lastmod>");
	}

	private SyndFeed feed() throws Exception {
		byte[] body = this.mvc.perform(get("/feeds/treaty-actions.atom"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		return new SyndFeedInput().build(new InputSource(new ByteArrayInputStream(body)));
	}

	private Document html(String path) throws Exception {
		return Jsoup.parse(
				this.mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
	}

	private static JsonNode jsonLd(Document html) {
		return JsonMapper.builder().build().readTree(html.select("script[type=application/ld+json]").first().data());
	}

}
