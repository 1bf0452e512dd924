package org.treatyportal.web;

import java.io.IOException;
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

}
