package org.treatyportal.publishing;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;
import org.springframework.stereotype.Component;

/**
 * Cleans rich text against an allow-list before it is stored: structure and links stay,
 * scripts, event handlers, styles, frames, forms and {@code javascript:}/{@code data:}
 * URLs go. Images may only come from this site (the editor's uploads).
 */
@Component
public class HtmlSanitizer {

	private static final String BASE = "https://portal.invalid";

	private final Safelist safelist = new Safelist()
		.addTags("p", "br", "hr", "h2", "h3", "h4", "strong", "em", "b", "i", "u", "s", "sub", "sup", "code", "pre",
				"blockquote", "ul", "ol", "li", "a", "img", "figure", "figcaption", "table", "caption", "thead",
				"tbody", "tfoot", "tr", "th", "td")
		.addAttributes("a", "href", "title")
		.addAttributes("img", "src", "alt", "width", "height")
		.addAttributes("th", "scope", "colspan", "rowspan")
		.addAttributes("td", "colspan", "rowspan")
		.addAttributes("ol", "start")
		.addProtocols("a", "href", "http", "https", "mailto")
		.addProtocols("img", "src", "https")
		.preserveRelativeLinks(true);

	/** Returns the allowed part of the given HTML, as an HTML fragment. */
	public String sanitize(String html) {
		if (html == null || html.isBlank()) {
			return "";
		}
		Document dirty = Jsoup.parseBodyFragment(html, BASE);
		Document clean = new Cleaner(this.safelist).clean(dirty);
		for (Element image : clean.select("img")) {
			if (!isSiteRelative(image.attr("src"))) {
				image.remove();
			}
		}
		for (Element link : clean.select("a[href]")) {
			if (link.attr("href").startsWith(BASE)) {
				link.attr("href", link.attr("href").substring(BASE.length()));
			}
		}
		clean.outputSettings().prettyPrint(false);
		return clean.body().html();
	}

	/** Images in sanitised HTML that lack a text alternative, by their source. */
	public List<String> imagesWithoutAlt(String sanitizedHtml) {
		return Jsoup.parseBodyFragment(sanitizedHtml)
			.select("img")
			.stream()
			.filter((image) -> image.attr("alt").isBlank())
			.map((image) -> image.attr("src"))
			.toList();
	}

	/** The text of sanitised HTML without markup, e.g. for search or summaries. */
	public String text(String html) {
		return Jsoup.parseBodyFragment(html).text();
	}

	private static boolean isSiteRelative(String src) {
		return src.startsWith("/") && !src.startsWith("//");
	}

}
