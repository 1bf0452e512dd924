package org.treatyportal.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * A minimal browser over real HTTP: it keeps cookies, reads forms and sends them back
 * with their hidden fields (the CSRF token among them), as a person's browser would.
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
		return this.http.send(HttpRequest.newBuilder(URI.create(this.base + path)).header("Accept", "text/html").build(),
				HttpResponse.BodyHandlers.ofString());
	}

	/** Fills in the sign-in form and sends it; returns the page that comes back. */
	public Document signIn(String email, String password) throws IOException, InterruptedException {
		Document form = Jsoup.parse(get("/login").body());
		Map<String, String> fields = new LinkedHashMap<>();
		form.select("form[action=/login] input[type=hidden]").forEach((input) -> fields.put(input.attr("name"), input.val()));
		fields.put("username", email);
		fields.put("password", password);
		HttpResponse<String> response = post("/login", fields);
		return Jsoup.parse(response.body());
	}

	public HttpResponse<String> post(String path, Map<String, String> fields) throws IOException, InterruptedException {
		String body = fields.entrySet()
			.stream()
			.map((field) -> encode(field.getKey()) + "=" + encode(field.getValue()))
			.collect(Collectors.joining("&"));
		HttpRequest request = HttpRequest.newBuilder(URI.create(this.base + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
		return this.http.send(request, HttpResponse.BodyHandlers.ofString());
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
