package org.treatyportal.security;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpMethod;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import org.treatyportal.support.PortalIntegrationTest;
import org.treatyportal.users.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 2,000 malformed requests over every route the handler mappings know, sent over real
 * HTTP as they leave a hostile client (bytes in the request line as typed, error pages as
 * the container serves them), half anonymous and half as a signed-in admin: bad ids, NUL
 * bytes, broken %-encodings, overlong values, markup, bad dates, negative pages and odd
 * {@code Accept} headers. None may answer 5xx, and none may send the markup back
 * unescaped. The requests are drawn from every combination with a fixed seed, so a
 * failure repeats; each route is asked at least once by each.
 */
@PortalIntegrationTest
class MalformedRequestTests {

	private static final int REQUESTS_EACH = 1000;

	/**
	 * Clients at once: the server has more threads than that, and the test runs faster.
	 */
	private static final int CLIENTS = 4;

	private static final String MISSING_ID = "987654321";

	/** Markup that must never come back as it was sent. */
	private static final List<String> REFLECTED = List.of("<script>alert(7731)", "<img src=x onerror=alert(7731)",
			"<svg onload=alert(7731)");

	/** Path segments as they appear in the request line. */
	private static final List<String> PATH_VALUES = List.of(MISSING_ID, "-1", "0", "abc", "%00", "a%00b", "%zz", "%",
			"%C3%28", "%ED%A0%80", "99999999999999999999", "..%2F..%2Fetc%2Fpasswd", "%2e%2e", "x.json", "%20",
			"%3Cscript%3Ealert(7731)%3C%2Fscript%3E", "%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert(7731)%3E",
			"a".repeat(3000), "%F0%9F%98%80", "%5C", "%2F%2Fevil.example");

	/** Query values as they appear in the request line. */
	private static final List<String> QUERY_VALUES = List.of("-1", "0", "99999999999999999999", "abc", "%00", "a%00b",
			"%zz", "%", "%C3%28", "%ED%A0%80", "%3Cscript%3Ealert(7731)%3C%2Fscript%3E",
			"%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert(7731)%3E", "%27%3E%3Csvg%20onload%3Dalert(7731)%3E", "2008-13-45",
			"0000-00-00", "%27", "a".repeat(5000), "1e9", "+", "%0D%0ASet-Cookie:%20x=1", "",
			"<script>alert(7731)</script>", "NaN", "2008-02-30");

	private static final List<String> COMMON_PARAMETERS = List.of("page", "size", "year", "category", "type", "q",
			"asOf", "sort", "dir", "status", "treaty", "group", "country", "author", "lang");

	private static final List<String> ACCEPTS = List.of("text/html", "*/*", "application/json", "image/png",
			"not a type", "text/html;q=abc", "application/xml", "text/calendar");

	@LocalServerPort
	private int port;

	@Autowired
	private TestUsers users;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	private RequestMappingHandlerMapping handlerMapping;

	@Test
	void noMalformedRequestGetsAServerErrorOrItsMarkupBack() throws Exception {
		Session admin = signIn();
		List<String> wrong = Collections.synchronizedList(new ArrayList<>());

		List<Callable<Void>> calls = new ArrayList<>();
		for (Malformed request : draw(requests(false), new Random(7731))) {
			calls.add(() -> check(wrong, request, send(request, null)));
		}
		for (Malformed request : draw(requests(true), new Random(7732))) {
			calls.add(() -> check(wrong, request, send(request, admin)));
		}
		ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
		try {
			for (Future<Void> call : clients.invokeAll(calls)) {
				call.get();
			}
		}
		finally {
			clients.shutdown();
		}

		assertThat(calls).hasSize(2 * REQUESTS_EACH);
		assertThat(wrong).as("malformed requests answered wrongly").isEmpty();
	}

	/**
	 * Markup counts as sent back in what a browser reads as HTML: a page, or an answer
	 * without a type. Plain text, CSV and JSON go out with {@code nosniff} and are data.
	 */
	private static Void check(List<String> wrong, Malformed request, Answer answer) {
		if (answer.status() >= 500) {
			wrong.add(answer.status() + " for " + request);
		}
		String type = answer.header("Content-Type");
		if (type == null || type.startsWith("text/html")) {
			for (String markup : REFLECTED) {
				if (answer.text().contains(markup)) {
					wrong.add("markup sent back for " + request);
				}
			}
		}
		return null;
	}

	/**
	 * The first request of each route, then the rest in a shuffled order, up to the
	 * number each.
	 */
	private static List<Malformed> draw(List<List<Malformed>> byRoute, Random random) {
		List<Malformed> drawn = new ArrayList<>();
		List<Malformed> rest = new ArrayList<>();
		for (List<Malformed> route : byRoute) {
			drawn.add(route.get(0));
			rest.addAll(route.subList(1, route.size()));
		}
		Collections.shuffle(rest, random);
		drawn.addAll(rest.subList(0, REQUESTS_EACH - drawn.size()));
		return drawn;
	}

	/** Every malformed request of every route, grouped by route. */
	private List<List<Malformed>> requests(boolean admin) {
		List<List<Malformed>> requests = new ArrayList<>();
		Set<String> seen = new TreeSet<>();
		this.handlerMapping.getHandlerMethods().forEach((RequestMappingInfo info, HandlerMethod handler) -> {
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			Set<String> parameters = new LinkedHashSet<>(COMMON_PARAMETERS);
			for (MethodParameter parameter : handler.getMethodParameters()) {
				RequestParam annotation = parameter.getParameterAnnotation(RequestParam.class);
				if (annotation != null && !annotation.name().isEmpty()) {
					parameters.add(annotation.name());
				}
				else if (annotation != null && parameter.getParameterName() != null) {
					parameters.add(parameter.getParameterName());
				}
			}
			for (String pattern : info.getPatternValues()) {
				if (pattern.startsWith("/logout") || pattern.startsWith("/test-support") || !seen.add(pattern)) {
					continue;
				}
				boolean get = methods.isEmpty() || methods.contains(RequestMethod.GET);
				List<Malformed> route = new ArrayList<>();
				if (get) {
					route.addAll(gets(pattern, parameters));
				}
				if (admin && (methods.isEmpty() || methods.contains(RequestMethod.POST))) {
					route.addAll(posts(pattern));
				}
				if (!route.isEmpty()) {
					requests.add(route);
				}
			}
		});
		return requests;
	}

	private static List<Malformed> gets(String pattern, Set<String> parameters) {
		List<Malformed> gets = new ArrayList<>();
		int n = 0;
		for (String value : PATH_VALUES) {
			if (value.equals(MISSING_ID) || pattern.contains("{")) {
				gets.add(new Malformed("GET", url(pattern, value), ACCEPTS.get(n++ % ACCEPTS.size()), null));
			}
		}
		for (String parameter : parameters) {
			for (String value : QUERY_VALUES) {
				gets.add(new Malformed("GET", url(pattern, MISSING_ID) + "?" + parameter + "=" + value,
						ACCEPTS.get(n++ % ACCEPTS.size()), null));
			}
		}
		return gets;
	}

	/**
	 * Form posts that can change nothing: a NUL byte in a field (refused before anything
	 * reads it) anywhere, and ids that exist nowhere where the address takes one.
	 */
	private static List<Malformed> posts(String pattern) {
		List<Malformed> posts = new ArrayList<>();
		posts.add(new Malformed("POST", url(pattern, MISSING_ID), "text/html", "title=a%00b&body=%00&version=0"));
		if (pattern.contains("{")) {
			for (String id : List.of("-5", "abc", "%zz", "99999999999999999999", "%00")) {
				posts.add(new Malformed("POST", url(pattern, id), "text/html",
						"title=%3Cscript%3Ealert(7731)%3C%2Fscript%3E&version=abc"));
			}
		}
		return posts;
	}

	private static String url(String pattern, String value) {
		return new AuthorizationMatrixTests.Route(HttpMethod.GET, pattern).url(value);
	}

	private Session signIn() throws IOException {
		Answer form = send(new Malformed("GET", "/login", "text/html", null), null);
		Session anonymous = new Session(cookie(form), csrf(form));
		String email = this.users.admin().getEmail();
		Answer signedIn = send(new Malformed("POST", "/login", "text/html",
				"username=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
						+ URLEncoder.encode(TestUsers.PASSWORD, StandardCharsets.UTF_8)),
				anonymous);
		assertThat(signedIn.status()).as(signedIn.text()).isEqualTo(302);
		assertThat(signedIn.header("Location")).doesNotContain("/login");
		String cookie = cookie(signedIn);
		Answer account = send(new Malformed("GET", "/admin/account", "text/html", null), new Session(cookie, null));
		assertThat(account.status()).isEqualTo(200);
		return new Session(cookie, csrf(account));
	}

	private static String cookie(Answer answer) {
		Matcher matcher = Pattern.compile("(?im)^Set-Cookie: (JSESSIONID=[^;\\r\\n]+)").matcher(answer.text());
		assertThat(matcher.find()).as("a session cookie").isTrue();
		return matcher.group(1);
	}

	private static String csrf(Answer answer) {
		Matcher matcher = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(answer.text());
		assertThat(matcher.find()).as("a CSRF token").isTrue();
		return matcher.group(1);
	}

	/**
	 * One request, its request line written byte for byte; HTTP/1.0, so the answer comes
	 * whole and unchunked.
	 */
	private Answer send(Malformed request, Session session) throws IOException {
		try (Socket socket = new Socket("127.0.0.1", this.port)) {
			socket.setSoTimeout(30_000);
			StringBuilder head = new StringBuilder().append(request.method())
				.append(' ')
				.append(request.target())
				.append(" HTTP/1.0\r\nHost: 127.0.0.1:")
				.append(this.port)
				.append("\r\nAccept: ")
				.append(request.accept())
				.append("\r\n");
			String body = request.body();
			if (session != null) {
				head.append("Cookie: ").append(session.cookie()).append("\r\n");
				if (body != null && session.csrf() != null) {
					body = body + "&_csrf=" + URLEncoder.encode(session.csrf(), StandardCharsets.UTF_8);
				}
			}
			byte[] bytes = (body != null) ? body.getBytes(StandardCharsets.UTF_8) : new byte[0];
			if (body != null) {
				head.append("Content-Type: application/x-www-form-urlencoded\r\nContent-Length: ")
					.append(bytes.length)
					.append("\r\n");
			}
			head.append("\r\n");
			OutputStream out = socket.getOutputStream();
			out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
			out.write(bytes);
			out.flush();
			String text = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			int status = text.startsWith("HTTP/") ? Integer.parseInt(text.substring(9, 12)) : 0;
			return new Answer(status, text);
		}
	}

	/**
	 * One malformed request.
	 *
	 * @param method GET or POST
	 * @param target path and query, as they go in the request line
	 * @param accept the Accept header
	 * @param body a form, or {@code null}
	 */
	private record Malformed(String method, String target, String accept, String body) {

		@Override
		public String toString() {
			String target = (this.target.length() > 200) ? this.target.substring(0, 200) + "…" : this.target;
			return this.method + " " + target + " (Accept: " + this.accept + ")"
					+ ((this.body != null) ? " " + this.body : "");
		}

	}

	/**
	 * The session of a signed-in client.
	 *
	 * @param cookie the session cookie, {@code name=value}
	 * @param csrf the CSRF token of forms, or {@code null}
	 */
	private record Session(String cookie, String csrf) {
	}

	/**
	 * An answer: its status (0 when the connection closed without one), headers and body.
	 *
	 * @param status the HTTP status
	 * @param text the status line, headers and body as received
	 */
	private record Answer(int status, String text) {

		String header(String name) {
			Matcher matcher = Pattern.compile("(?im)^" + name + ": ([^\\r\\n]*)").matcher(this.text);
			return matcher.find() ? matcher.group(1) : null;
		}

	}

}
