package org.treatyportal.seo;

import java.net.Socket;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import org.treatyportal.support.PortalIntegrationTest;
import org.treatyportal.users.TestUsers;
import org.treatyportal.users.User;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.treatyportal.users.TestUsers.as;

/**
 * Absolute links are built from {@code portal.base-url}, whatever Host header a client
 * sends (calendars are checked in {@code EventCalendarTests}).
 */
@PortalIntegrationTest
class HostHeaderTests {

	private static final RequestPostProcessor EVIL_HOST = (request) -> {
		request.setServerName("evil.example");
		request.addHeader("Host", "evil.example");
		return request;
	};

	@LocalServerPort
	private int port;

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestUsers users;

	/**
	 * (Tomcat still makes them absolute for HTTP/1.0 clients, whose protocol knows no
	 * relative ones.)
	 */
	@Test
	void redirectsOverHttpNameNoOtherHost() throws Exception {
		for (String path : new String[] { "/countries/EE", "/admin" }) {
			try (Socket socket = new Socket("127.0.0.1", this.port)) {
				socket.getOutputStream()
					.write(("GET " + path + " HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n")
						.getBytes(StandardCharsets.US_ASCII));
				String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

				assertThat(answer).as(path).containsPattern("(?i)\r\nLocation: ").doesNotContain("evil.example");
			}
		}
	}

	@Test
	void passwordLinkAnAdminHandsOverPointsToTheSite() throws Exception {
		User editor = this.users.editor();

		String link = (String) this.mvc
			.perform(post("/admin/users/{id}/password-link", editor.getId()).with(as(this.users.admin()))
				.with(csrf())
				.with(EVIL_HOST))
			.andReturn()
			.getFlashMap()
			.get("passwordLink");

		assertThat(link).startsWith("http://localhost:8080/password-reset/").doesNotContain("evil.example");
	}

}
