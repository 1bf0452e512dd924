package org.treatyportal.files;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import org.treatyportal.support.PortalIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Uploads through the real servlet container, whose multipart limits apply before the
 * application sees the request.
 */
@PortalIntegrationTest
class FileUploadOverHttpTests {

	@LocalServerPort
	private int port;

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.cookieHandler(new CookieManager())
		.build();

	@Test
	void uploadWithinTheLimitIsStored() throws Exception {
		String token = formPage().split("\n")[0];

		HttpResponse<String> response = upload(token, false, "Convention – français.pdf", TestFiles.pdf());

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).startsWith("stored ").endsWith(" Convention – français.pdf");
	}

	@Test
	void uploadOverTheLimitComesBackToTheFormWithAMessage() throws Exception {
		String token = formPage().split("\n")[0];
		byte[] tooBig = TestFiles.largePdf(25 * 1024 * 1024 + 1);

		HttpResponse<String> response = upload(token, false, "big.pdf", tooBig);

		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/test-support/files/form"));
		assertThat(formPage()).endsWith("The file is too large: the most that can be uploaded is 25 MB.");
	}

	@Test
	void requestOverTheRequestLimitAlsoComesBackWithTheMessage() throws Exception {
		String token = formPage().split("\n")[0];
		byte[] farTooBig = TestFiles.largePdf(40 * 1024 * 1024);

		HttpResponse<String> response = upload(token, false, "huge.pdf", farTooBig);

		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(formPage()).endsWith("The file is too large: the most that can be uploaded is 25 MB.");
	}

	@Test
	void tooLargeUploadFromAnotherSiteIsNotSentBackThere() throws Exception {
		String token = formPage().split("\n")[0];

		HttpResponse<String> response = upload(token, false, "big.pdf", TestFiles.largePdf(26 * 1024 * 1024),
				"http://evil.example/test-support/files/form");

		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location")).hasValueSatisfying((location) -> assertThat(location)
			.isIn("/test-support/files", "http://127.0.0.1:" + this.port + "/test-support/files"));
	}

	@Test
	void tokenInTheAddressWorksToo() throws Exception {
		String token = formPage().split("\n")[0];

		HttpResponse<String> stored = upload(token, true, "a.png", TestFiles.png());
		HttpResponse<String> tooBig = upload(token, true, "big.pdf", TestFiles.largePdf(26 * 1024 * 1024));

		assertThat(stored.body()).startsWith("stored ");
		assertThat(tooBig.statusCode()).isEqualTo(302);
	}

	@Test
	void refusedKindIsTheFormsToShow() throws Exception {
		String token = formPage().split("\n")[0];

		HttpResponse<String> response = upload(token, false, "page.pdf", TestFiles.html());

		assertThat(response.statusCode()).isEqualTo(422);
		assertThat(response.body()).isEqualTo(UploadRejectedException.TYPE_NOT_ALLOWED);
	}

	@Test
	void uploadWithoutTokenIsStillForbidden() throws Exception {
		formPage();

		HttpResponse<String> response = upload("not-the-token", false, "a.pdf", TestFiles.pdf());

		assertThat(response.statusCode()).isEqualTo(403);
	}

	private String formPage() throws IOException, InterruptedException {
		return this.http
			.send(HttpRequest.newBuilder(uri("/test-support/files/form")).build(), HttpResponse.BodyHandlers.ofString())
			.body();
	}

	private HttpResponse<String> upload(String token, boolean tokenInUrl, String name, byte[] content)
			throws IOException, InterruptedException {
		return upload(token, tokenInUrl, name, content, "http://127.0.0.1:" + this.port + "/test-support/files/form");
	}

	private HttpResponse<String> upload(String token, boolean tokenInUrl, String name, byte[] content, String referer)
			throws IOException, InterruptedException {
		String boundary = UUID.randomUUID().toString();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		if (!tokenInUrl) {
			body.writeBytes(
					("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token + "\r\n")
						.getBytes(StandardCharsets.UTF_8));
		}
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
				+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(content);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		HttpRequest request = HttpRequest.newBuilder(uri("/test-support/files" + (tokenInUrl ? "?_csrf=" + token : "")))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.header("Referer", referer)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build();
		return this.http.send(request, HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://127.0.0.1:" + this.port + path);
	}

}
