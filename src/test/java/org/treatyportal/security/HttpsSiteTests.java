package org.treatyportal.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import org.treatyportal.support.HttpsSiteTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A site whose public address is https gets a {@code Secure} session cookie and HSTS even
 * when the request reaches it over plain http, as it does from a proxy that ends TLS and
 * is not listed as trusted. (With an http address, see
 * {@link SecurityHeadersTests#forwardedHeadersAreIgnoredWithoutATrustedProxy()}.)
 */
@HttpsSiteTest
class HttpsSiteTests {

	@LocalServerPort
	private int port;

	@Test
	void plainHttpRequestGetsASecureCookieAndHsts() throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/login")).build(),
					HttpResponse.BodyHandlers.ofString());

		assertThat(response.headers().firstValue("Set-Cookie"))
			.hasValueSatisfying((cookie) -> assertThat(cookie).startsWith("JSESSIONID=")
				.contains("; Secure")
				.contains("; HttpOnly")
				.contains("; SameSite=Lax"));
		assertThat(response.headers().firstValue("Strict-Transport-Security"))
			.hasValueSatisfying((hsts) -> assertThat(hsts).contains("max-age="));
	}

	@Test
	void publicPageOverPlainHttpGetsHstsToo() throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/news")).build(),
					HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Strict-Transport-Security")).isPresent();
	}

}
