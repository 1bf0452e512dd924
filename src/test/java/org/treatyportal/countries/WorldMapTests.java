package org.treatyportal.countries;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Set;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import org.treatyportal.support.PortalIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The country list's map draws each State from one static file of outlines, linked by an
 * address that names its content, which browsers keep for a year: the page carries only
 * each State's status and name in its language (ADR 24).
 */
@PortalIntegrationTest
class WorldMapTests {

	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	@LocalServerPort
	private int port;

	@Test
	void theMapUsesTheKeptOutlinesInEachLanguage() throws Exception {
		Document english = Jsoup.parse(get("/countries").body());
		Document french = Jsoup.parse(get("/fr/countries").body());
		String href = english.select("svg use[data-iso=FR]").attr("href");
		assertThat(href).matches("/images/world\\.[0-9a-f]{10}\\.svg#FR");
		assertThat(french.select("svg use[data-iso=FR]").attr("href")).isEqualTo(href);
		assertThat(english.select("svg use[data-iso=FR] title").text()).startsWith("France: ");
		assertThat(french.select("svg use[data-iso=FR] title").text()).startsWith("France : ");
		// The outlines are not in the page.
		assertThat(english.select("svg path, svg circle")).isEmpty();

		HttpResponse<String> outlines = get(href.substring(0, href.indexOf('#')));
		assertThat(outlines.statusCode()).isEqualTo(200);
		assertThat(outlines.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("image/svg+xml"));
		assertThat(outlines.headers().firstValue("Cache-Control"))
			.hasValueSatisfying((value) -> assertThat(value).contains("max-age=31536000", "immutable"));
		Document svg = Jsoup.parse(outlines.body(), "", Parser.xmlParser());
		Set<String> ids = svg.select("svg > [id]").stream().map((shape) -> shape.id()).collect(Collectors.toSet());
		Set<String> used = english.select("svg use")
			.stream()
			.map((use) -> use.attr("href").substring(use.attr("href").indexOf('#') + 1))
			.collect(Collectors.toSet());
		assertThat(used).hasSizeGreaterThan(150);
		assertThat(ids).containsAll(used);
		// Names come from the page, in its language: the file has none to show instead.
		assertThat(svg.select("title")).isEmpty();
	}

	private HttpResponse<String> get(String path) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path)).build();
		return this.http.send(request, HttpResponse.BodyHandlers.ofString());
	}

}
