package org.treatyportal.security;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import org.treatyportal.support.PortalIntegrationTest;
import org.treatyportal.users.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.treatyportal.users.TestUsers.as;

/**
 * Every response carries the security headers, HSTS only over HTTPS, and no template
 * holds script that the Content-Security-Policy would block.
 */
@PortalIntegrationTest
class SecurityHeadersTests {

	/**
	 * A script element without {@code src}; JSON and JSON-LD data blocks are never run,
	 * so the policy lets them be.
	 */
	private static final Pattern INLINE_SCRIPT = Pattern.compile(
			"<script(?![^>]*[\\s:]src=)(?![^>]*\\stype=\"application/(ld\\+)?json\")[^>]*>", Pattern.CASE_INSENSITIVE);

	private static final Pattern EVENT_HANDLER = Pattern.compile("\\s(th:)?on[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);

	private static final Pattern JAVASCRIPT_URL = Pattern.compile("javascript:", Pattern.CASE_INSENSITIVE);

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestUsers users;

	@LocalServerPort
	private int port;

	@ParameterizedTest
	@ValueSource(strings = { "/", "/news", "/press-releases", "/login", "/no-such-page", "/css/site.css",
			"/actuator/health", "/password-reset/unknown" })
	void publicResponsesCarryTheSecurityHeaders(String path) throws Exception {
		assertSecurityHeaders(this.mvc.perform(get(path)));
	}

	@ParameterizedTest
	@ValueSource(strings = { "/admin", "/admin/account", "/admin/account/two-factor", "/admin/users",
			"/admin/users/new", "/admin/users/sign-in" })
	void adminPagesCarryTheSecurityHeaders(String path) throws Exception {
		assertSecurityHeaders(this.mvc.perform(get(path).with(as(this.users.admin()))));
	}

	@Test
	void refusalsCarryTheSecurityHeadersToo() throws Exception {
		assertSecurityHeaders(this.mvc.perform(get("/admin/users").with(as(this.users.editor()))));
		assertSecurityHeaders(this.mvc.perform(get("/admin")));
	}

	@Test
	void strictTransportSecurityIsSentOnlyOverHttps() throws Exception {
		this.mvc.perform(get("/news")).andExpect(header().doesNotExist("Strict-Transport-Security"));
		this.mvc.perform(get("/news").secure(true))
			.andExpect(header().string("Strict-Transport-Security", "max-age=31536000 ; includeSubDomains"));
		this.mvc.perform(get("/admin").secure(true).with(as(this.users.editor())))
			.andExpect(header().string("Strict-Transport-Security", "max-age=31536000 ; includeSubDomains"));
	}

	@Test
	void forwardedHeadersAreIgnoredWithoutATrustedProxy() throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/login"))
				.header("X-Forwarded-Proto", "https")
				.header("X-Forwarded-For", "203.0.113.78")
				.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(response.headers().firstValue("Set-Cookie"))
			.hasValueSatisfying((cookie) -> assertThat(cookie).contains("; HttpOnly")
				.contains("; SameSite=Lax")
				.doesNotContain("Secure"));
		assertThat(response.headers().firstValue("Strict-Transport-Security")).isEmpty();
	}

	@Test
	void noTemplateHasInlineScriptEventHandlersOrJavascriptUrls() throws IOException {
		try (Stream<Path> files = Files.walk(Path.of("templates"))) {
			List<Path> templates = files.filter((file) -> file.toString().endsWith(".html")).toList();
			assertThat(templates).isNotEmpty();
			for (Path template : templates) {
				String html = Files.readString(template);
				assertThat(INLINE_SCRIPT.matcher(html).find()).as("inline <script> in %s", template).isFalse();
				assertThat(EVENT_HANDLER.matcher(html).find()).as("on* attribute in %s", template).isFalse();
				assertThat(JAVASCRIPT_URL.matcher(html).find()).as("javascript: in %s", template).isFalse();
			}
		}
	}

	private static void assertSecurityHeaders(ResultActions response) throws Exception {
		response.andExpect(header().string("Content-Security-Policy", SecurityConfiguration.CONTENT_SECURITY_POLICY))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"))
			.andExpect(header().string("X-Frame-Options", "DENY"))
			.andExpect(header().string("Permissions-Policy", SecurityConfiguration.PERMISSIONS_POLICY))
			.andExpect(header().doesNotExist("Strict-Transport-Security"));
		assertThat(SecurityConfiguration.CONTENT_SECURITY_POLICY).contains("frame-ancestors 'none'")
			.contains("script-src 'self';")
			.doesNotContain("unsafe-inline");
	}

}
