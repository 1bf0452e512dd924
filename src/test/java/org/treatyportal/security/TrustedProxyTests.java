package org.treatyportal.security;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.treatyportal.support.TestSupportConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Behind a configured reverse proxy, its {@code X-Forwarded-*} headers count: the client
 * address is the real one and a request it received over HTTPS gets a {@code Secure}
 * cookie and HSTS. (Without one, the headers are ignored: see
 * {@link SecurityHeadersTests#forwardedHeadersAreIgnoredWithoutATrustedProxy()}.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "portal.security.trusted-proxies=127.0.0.1")
@Import(TestSupportConfiguration.class)
class TrustedProxyTests {

	private static final String CLIENT = "203.0.113.77";

	@LocalServerPort
	private int port;

	@Autowired
	private JdbcClient jdbc;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void httpsAtTheProxyGivesASecureHttpOnlyLaxCookieAndHsts() throws Exception {
		HttpResponse<String> response = this.http.send(viaProxy("/login").build(),
				HttpResponse.BodyHandlers.ofString());

		assertThat(response.headers().firstValue("Set-Cookie"))
			.hasValueSatisfying((cookie) -> assertThat(cookie).startsWith("JSESSIONID=")
				.contains("; Secure")
				.contains("; HttpOnly")
				.contains("; SameSite=Lax"));
		assertThat(response.headers().firstValue("Strict-Transport-Security")).isPresent();
	}

	@Test
	void clientAddressFromTheProxyIsTheOneAuditedAndThrottled() throws Exception {
		HttpResponse<String> form = this.http.send(viaProxy("/login").build(), HttpResponse.BodyHandlers.ofString());
		String csrf = Jsoup.parse(form.body()).select("input[name=_csrf]").val();
		// The cookie is Secure and this test speaks plain HTTP to the server, as the
		// proxy would.
		String session = form.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
		String email = "proxied-" + System.nanoTime() + "@example.org";

		this.http.send(viaProxy("/login").header("Content-Type", "application/x-www-form-urlencoded")
			.header("Cookie", session)
			.POST(HttpRequest.BodyPublishers.ofString("username=" + URLEncoder.encode(email, StandardCharsets.UTF_8)
					+ "&password=guess&_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8)))
			.build(), HttpResponse.BodyHandlers.discarding());

		assertThat(this.jdbc.sql("select client_address from audit_entry where actor_email = :email")
			.param("email", email)
			.query(String.class)
			.single()).isEqualTo(CLIENT);
		assertThat(this.jdbc.sql("select count(*) from sign_in_throttle where kind = 'ADDRESS' and address = :address")
			.param("address", CLIENT)
			.query(Integer.class)
			.single()).isEqualTo(1);
	}

	private HttpRequest.Builder viaProxy(String path) {
		return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.header("X-Forwarded-For", CLIENT)
			.header("X-Forwarded-Proto", "https")
			.header("Accept", "text/html");
	}

}
