package org.treatyportal.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * A minimal browser over real HTTP, keeping cookies: for what MockMvc does not do, such
 * as the servlet container's error pages.
 */
public final class Browser {

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.followRedirects(HttpClient.Redirect.NORMAL)
		.cookieHandler(new CookieManager())
		.build();

	private final String base;

	public Browser(int port) {
		this.base = "http://127.0.0.1:" + port;
	}

	public HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return this.http.send(
				HttpRequest.newBuilder(URI.create(this.base + path)).header("Accept", "text/html").build(),
				HttpResponse.BodyHandlers.ofString());
	}

}
