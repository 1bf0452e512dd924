package org.treatyportal.caching;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import org.treatyportal.support.PortalIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pages link static files by addresses that name their content, which may be kept for a
 * year, compressed, outside the no-store headers of pages.
 */
@PortalIntegrationTest
class StaticFilesTests {

	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	@LocalServerPort
	private int port;

	@Test
	void pagesLinkStaticFilesByHashedAddressesKeptForAYear() throws Exception {
		String home = new String(get("/").body(), StandardCharsets.UTF_8);
		Matcher stylesheet = Pattern.compile("href=\"(/css/site\\.[0-9a-f]{10}\\.css)\"").matcher(home);
		assertThat(stylesheet.find()).as("hashed stylesheet link in %s", home).isTrue();
		assertThat(home).doesNotContain("href=\"/css/site.css\"")
			.containsPattern("/images/favicon\\.[0-9a-f]{10}\\.svg");

		HttpResponse<byte[]> css = get(stylesheet.group(1));
		HttpResponse<byte[]> gzipped = get(stylesheet.group(1), "Accept-Encoding", "gzip");

		byte[] file = Files.readAllBytes(Path.of("static/css/site.css"));
		assertThat(css.statusCode()).isEqualTo(200);
		assertThat(css.body()).isEqualTo(file);
		assertThat(css.headers().firstValue("Cache-Control")).hasValue("public, max-age=31536000, immutable");
		assertThat(css.headers().firstValue("Content-Type")).hasValue("text/css;charset=UTF-8");
		assertThat(css.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(css.headers().map()).doesNotContainKeys("Pragma", "pragma", "Set-Cookie", "set-cookie");
		assertThat(gzipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped.body()))) {
			assertThat(in.readAllBytes()).isEqualTo(file);
		}
		assertThat(
				get(stylesheet.group(1), "If-None-Match", css.headers().firstValue("ETag").orElseThrow()).statusCode())
			.isEqualTo(304);
	}

	@Test
	void aFrenchPageLinksHashedStaticFilesAndFrenchPages() throws Exception {
		String news = new String(get("/fr/news").body(), StandardCharsets.UTF_8);

		assertThat(news).containsPattern("href=\"/css/site\\.[0-9a-f]{10}\\.css\"")
			.contains("href=\"/fr/events\"")
			.doesNotContain("href=\"/fr/css/");
	}

	@Test
	void theUnhashedAddressStillServesTheFile() throws Exception {
		HttpResponse<byte[]> css = get("/css/site.css");

		assertThat(css.statusCode()).isEqualTo(200);
		assertThat(css.body()).isEqualTo(Files.readAllBytes(Path.of("static/css/site.css")));
	}

	@Test
	void aHashThatNamesNoFileIsNotFound() throws Exception {
		assertThat(get("/css/site.0000000000.css").statusCode()).isEqualTo(404);
	}

	private HttpResponse<byte[]> get(String path, String... headers) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path));
		if (headers.length > 0) {
			request.headers(headers);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

}
