package org.treatyportal.publishing;

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
