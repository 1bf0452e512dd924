package org.treatyportal.publishing;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The allow-list against known cross-site scripting payloads, and what it keeps.
 */
class HtmlSanitizerTests {

	private final HtmlSanitizer sanitizer = new HtmlSanitizer();

	@ParameterizedTest
	@ValueSource(strings = { "<script>alert(1)</script>", "<img src=x onerror=alert(1)>",
			"<img src=\"/files/1/a.png\" alt=\"a\" onload=\"alert(1)\">", "<a href=\"javascript:alert(1)\">x</a>",
			"<a href=\"JaVaScRiPt:alert(1)\">x</a>", "<a href=\"java&#x09;script:alert(1)\">x</a>",
			"<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">x</a>",
			"<img src=\"data:image/svg+xml;base64,PHN2Zy8+\" alt=\"x\">", "<svg><script>alert(1)</script></svg>",
			"<svg onload=alert(1)>", "<iframe src=\"https://evil.example\"></iframe>",
			"<object data=\"x.swf\"></object>", "<embed src=\"x.swf\">",
			"<p style=\"background:url(javascript:alert(1))\">x</p>", "<style>body{display:none}</style>",
			"<div onclick=\"alert(1)\">x</div>", "<form action=\"https://evil.example\"><input name=q></form>",
			"<meta http-equiv=\"refresh\" content=\"0;url=x\">", "<base href=\"https://evil.example/\">",
			"<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>", "<a href=\"vbscript:msgbox(1)\">x</a>",
			"<body onload=alert(1)>", "<details open ontoggle=alert(1)>",
			"<img src=\"https://tracker.example/pixel.gif\" alt=\"x\">", "<img src=\"//evil.example/x.png\" alt=\"x\">",
			"<p>ok</p><!--<script>alert(1)</script>-->",
			"<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">" })
	void removesScriptsHandlersStylesAndForeignSources(String payload) {
		String clean = this.sanitizer.sanitize(payload).toLowerCase();

		assertThat(clean).doesNotContain("<script", "onerror", "onload", "onclick", "ontoggle", "javascript:",
				"vbscript:", "data:", "<iframe", "<object", "<embed", "style", "<form", "<meta", "<base", "<svg",
				"tracker.example", "evil.example/x.png", "<!--");
	}

	@ParameterizedTest
	@ValueSource(strings = { "https://portal.invalidjavascript:1/alert(document.domain)",
			"https://portal.invaliddata:80/x", "HTTPS://PORTAL.INVALIDjavascript:1/alert(1)",
			"https://portal.invalid&#106;avascript:1/alert(1)", "https&#58;//portal.invalidjavascript:1/alert(1)",
			" https://portal.invalidjavascript:1/alert(1) ", "https://portal.invalid\tjavascript:1/alert(1)",
			"https://portal.invalid//evil.example/x", "https://portal.invalid/\\evil.example/x",
			"https://portal.invalid&#x2F;&#x2F;evil.example/x", "/\\evil.example/x", "\\/evil.example/x",
			"\\\\evil.example/x", "//evil.example/x", " //evil.example/x", "/\t/evil.example/x",
			"/&#09;/evil.example/x", "https:/\\evil.example/x", "javascript&colon;alert(1)",
			"jav&#x0A;ascript:alert(1)", "https://portal.invalid", "relative/page", "#top" })
	void keepsOnlyLinksToTheWebMailOrAPathOfTheSite(String href) {
		String clean = this.sanitizer.sanitize("<p><a href=\"" + href + "\">x</a></p>");

		for (Element link : Jsoup.parseBodyFragment(clean).select("a[href]")) {
			assertThat(link.attr("href")).as(clean).satisfies(HtmlSanitizerTests::isSafeHref);
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "/\\evil.example/track.png", "\\/evil.example/track.png", "\\\\evil.example/track.png",
			"//evil.example/track.png", "/&#92;evil.example/track.png", "/%5C/evil.example/track.png",
			" //evil.example/track.png", "/\t/evil.example/track.png", "https://portal.invalid//evil.example/track.png",
			"https://portal.invalid/\\evil.example/track.png", "https://evil.example/track.png",
			"HTTPS://PORTAL.INVALIDjavascript:1/x.png", "https://portal.invalid&#x2F;&#x2F;evil.example/track.png" })
	void keepsOnlyImagesFromAPathOfTheSite(String src) {
		String clean = this.sanitizer.sanitize("<p><img src=\"" + src + "\" alt=\"x\"></p>");

		for (Element image : Jsoup.parseBodyFragment(clean).select("img")) {
			assertThat(image.attr("src")).as(clean).matches("/[^/\\\\][^\\\\\\x00-\\x1f]*");
		}
	}

	@Test
	void linksWrittenWithTheInternalBaseBecomePathsOfTheSite() {
		String clean = this.sanitizer.sanitize("<p><a href=\"https://portal.invalid/treaties/185?x=1#top\">a</a>"
				+ "<a href=\"HTTPS://Portal.Invalid/news\">b</a><img src=\"https://portal.invalid/files/1/a.png\" alt=\"a\"></p>");

		assertThat(clean).contains("<a href=\"/treaties/185?x=1#top\">a</a>", "<a href=\"/news\">b</a>",
				"<img src=\"/files/1/a.png\" alt=\"a\">");
	}

	@Test
	void keepsLinksToOtherSitesAndMail() {
		String clean = this.sanitizer.sanitize("<p><a href=\"https://www.coe.int/en/web/cybercrime\">a</a>"
				+ "<a href=\"http://example.org/a?b=c\">b</a><a href=\"mailto:secretariat@example.org\">c</a></p>");

		assertThat(clean).contains("href=\"https://www.coe.int/en/web/cybercrime\"",
				"href=\"http://example.org/a?b=c\"", "href=\"mailto:secretariat@example.org\"");
	}

	@Test
	void cleaningTwiceChangesNothing() {
		String html = "<h2>T</h2><p><a href=\"/treaties/185\">a</a> <a href=\"https://example.org/x\">b</a></p>"
				+ "<p><img src=\"/files/1/a.png\" alt=\"a\"></p>";

		String once = this.sanitizer.sanitize(html);

		assertThat(this.sanitizer.sanitize(once)).isEqualTo(once);
	}

	/**
	 * What a browser can only read as a web address, a mail address or a path of this
	 * site.
	 */
	static void isSafeHref(String href) {
		assertThat(href).doesNotContain("\\").doesNotContainPattern("[\\x00-\\x1f\\x7f]");
		assertThat(href).matches("(?i)(https?://[^/\\s].*|mailto:.+|/([^/].*)?)");
	}

	@Test
	void keepsTheFormattingEditorsUse() {
		String html = "<h2>Title</h2><p>Some <strong>bold</strong>, <em>italic</em> and a "
				+ "<a href=\"https://www.coe.int/cybercrime\">link</a> to <a href=\"/treaties/185\">ETS 185</a>.</p>"
				+ "<ul><li>one</li></ul><ol><li>two</li></ol><blockquote><p>quote</p></blockquote>"
				+ "<table><thead><tr><th>A</th></tr></thead><tbody><tr><td>1</td></tr></tbody></table>"
				+ "<p><img src=\"/news/x/files/3/map.png\" alt=\"Map of Europe\"></p>";

		String clean = this.sanitizer.sanitize(html);

		assertThat(clean).contains("<h2>Title</h2>", "<strong>bold</strong>", "<em>italic</em>",
				"<a href=\"https://www.coe.int/cybercrime\">link</a>", "<a href=\"/treaties/185\">ETS 185</a>",
				"<ul><li>one</li></ul>", "<blockquote><p>quote</p></blockquote>", "<th>A</th>", "<td>1</td>",
				"<img src=\"/news/x/files/3/map.png\" alt=\"Map of Europe\">");
	}

	@Test
	void findsImagesWithoutAlternativeText() {
		String clean = this.sanitizer
			.sanitize("<p><img src=\"/a.png\" alt=\"A\"><img src=\"/b.png\"><img src=\"/c.png\" alt=\" \"></p>");

		assertThat(this.sanitizer.imagesWithoutAlt(clean)).containsExactly("/b.png", "/c.png");
	}

	@Test
	void emptyInputGivesEmptyText() {
		assertThat(this.sanitizer.sanitize(null)).isEmpty();
		assertThat(this.sanitizer.sanitize("   ")).isEmpty();
	}

}
