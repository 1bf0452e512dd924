package org.treatyportal.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import org.treatyportal.support.Browser;
import org.treatyportal.support.PortalIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a visitor sees when something is wrong, over real HTTP so that the servlet
 * container's error dispatch runs as in production.
 */
@PortalIntegrationTest
class ErrorPageTests {

	@LocalServerPort
	private int port;

	@Test
	void unknownAddressGivesTheNotFoundPageInTheLayout() throws Exception {
		HttpResponse<String> response = get("/news/no-such-item");

		assertThat(response.statusCode()).isEqualTo(404);
		Document html = Jsoup.parse(response.body());
		assertThat(html.select("h1").text()).isEqualTo("Page not found");
		assertThat(html.select("header.site-header nav a")).isNotEmpty();
		assertThat(html.select("footer.site-footer")).isNotEmpty();
	}

	@Test
	void malformedParameterGivesTheBadRequestPage() throws Exception {
		for (String path : new String[] { "/news?page=abc", "/news?year=-1", "/press-releases?page=%00" }) {
			HttpResponse<String> response = get(path);

			assertThat(response.statusCode()).as(path).isEqualTo(400);
			Document html = Jsoup.parse(response.body());
			assertThat(html.select("h1").text()).isEqualTo("Bad request");
			assertThat(response.body()).doesNotContain("Exception", "at org.");
		}
	}

	@Test
	void nulInAParameterGivesTheBadRequestPage() throws Exception {
		for (String path : new String[] { "/news?category=%00", "/press-releases?category=%00", "/search?q=a%00b",
				"/documents?type=%00", "/countries?treaty=185&status=%00" }) {
			HttpResponse<String> response = get(path);

			assertThat(response.statusCode()).as(path).isEqualTo(400);
			assertThat(Jsoup.parse(response.body()).select("h1").text()).as(path).isEqualTo("Bad request");
		}
		// Tomcat refuses these itself, with its own page, before the application sees
		// them.
		for (String path : new String[] { "/news/a%00b", "/a%00b" }) {
			assertThat(get(path).statusCode()).as(path).isEqualTo(400);
		}
	}

	@Test
	void pageAddressesAnswerWithTheHtmlPageWhateverTheAcceptHeader() throws Exception {
		for (String accept : new String[] { "*/*", "application/json", "text/plain", "image/png" }) {
			HttpResponse<String> response = get("/no-such-page-at-all/deeper", accept);

			assertThat(response.statusCode()).as(accept).isEqualTo(404);
			assertThat(response.headers().firstValue("Content-Type")).as(accept)
				.hasValueSatisfying((type) -> assertThat(type).startsWith("text/html"));
			assertThat(Jsoup.parse(response.body()).select("h1").text()).as(accept).isEqualTo("Page not found");
		}
	}

	@Test
	void apiAddressesAnswerWithJsonWhateverTheAcceptHeader() throws Exception {
		for (String accept : new String[] { "*/*", "text/html" }) {
			HttpResponse<String> response = get("/api/no-such-thing", accept);

			assertThat(response.statusCode()).as(accept).isEqualTo(404);
			assertThat(response.headers().firstValue("Content-Type")).as(accept)
				.hasValueSatisfying((type) -> assertThat(type).startsWith("application/json"));
			assertThat(response.body()).as(accept).contains("\"status\":404").doesNotContain("<");
		}
	}

	@Test
	void unexpectedErrorGivesAFriendlyPageWithoutDetails() throws Exception {
		HttpResponse<String> response = get("/test-support/failure");

		assertThat(response.statusCode()).isEqualTo(500);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/html"));
		Document html = Jsoup.parse(response.body());
		assertThat(html.select("h1").text()).isEqualTo("Something went wrong on our side");
		assertThat(response.body()).doesNotContain("secret internal detail", "IllegalStateException", "at org.");
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return new Browser(this.port).get(path);
	}

	private HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
				.header("Accept", accept)
				.build(), HttpResponse.BodyHandlers.ofString());
	}

}
