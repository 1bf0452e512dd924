package org.treatyportal.publishing;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;
import org.springframework.stereotype.Component;

/**
 * Cleans rich text against an allow-list before it is stored: structure and links stay,
 * scripts, event handlers, styles, frames, forms and {@code javascript:}/{@code data:}
 * URLs go. Links may only lead to http, https or mailto addresses or to a path of this
 * site; images may only come from a path of this site (the editor's uploads).
 */
@Component
public class HtmlSanitizer {

	private static final String INTERNAL_HOST = "portal.invalid";

	/** Only for jsoup to tell relative links; never part of what is stored. */
	private static final String BASE = "https://" + INTERNAL_HOST;

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
			String src = withoutBase(image.attr("src"));
			if (isSitePath(src)) {
				image.attr("src", src);
			}
			else {
				image.remove();
			}
		}
		for (Element link : clean.select("a[href]")) {
			String href = withoutBase(link.attr("href"));
			if (isSitePath(href) || isWebOrMail(href)) {
				link.attr("href", href);
			}
			else {
				link.removeAttr("href");
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

	/**
	 * A link written with the internal base ({@code https://portal.invalid/news}) as the
	 * path it stands for. Only a parsed host equal to the internal one counts: comparing
	 * text would turn {@code https://portal.invalidjavascript:1/…} into a script.
	 */
	private static String withoutBase(String url) {
		String trimmed = trimControlsAndSpaces(url);
		if (!trimmed.regionMatches(true, 0, BASE, 0, BASE.length())) {
			return trimmed;
		}
		try {
			URI uri = new URI(trimmed);
			if (!"https".equalsIgnoreCase(uri.getScheme()) || !INTERNAL_HOST.equalsIgnoreCase(uri.getHost())
					|| uri.getRawUserInfo() != null || uri.getPort() != -1) {
				return trimmed;
			}
			String path = uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
			return path + ((uri.getRawQuery() != null) ? "?" + uri.getRawQuery() : "")
					+ ((uri.getRawFragment() != null) ? "#" + uri.getRawFragment() : "");
		}
		catch (URISyntaxException ex) {
			return trimmed;
		}
	}

	/**
	 * A path of this site: one {@code /} then anything but another slash or a backslash,
	 * which browsers read as a slash ({@code /\host} is {@code //host}, another site).
	 * Tabs and line ends are out too: browsers drop them, which could join two slashes.
	 */
	private static boolean isSitePath(String url) {
		return url.equals("/") || (url.length() > 1 && url.charAt(0) == '/' && url.charAt(1) != '/' && isPlain(url));
	}

	/** A web address with a host, or a mail address: nothing a browser could run. */
	private static boolean isWebOrMail(String url) {
		if (!isPlain(url)) {
			return false;
		}
		String lower = url.toLowerCase(Locale.ROOT);
		for (String prefix : new String[] { "http://", "https://" }) {
			if (lower.startsWith(prefix)) {
				return lower.length() > prefix.length() && lower.charAt(prefix.length()) != '/';
			}
		}
		return lower.startsWith("mailto:") && lower.length() > "mailto:".length();
	}

	private static boolean isPlain(String url) {
		for (int i = 0; i < url.length(); i++) {
			char c = url.charAt(i);
			if (c == '\\' || c < 0x20 || c == 0x7f) {
				return false;
			}
		}
		return true;
	}

	/** As browsers read an address: without the controls and spaces around it. */
	private static String trimControlsAndSpaces(String url) {
		int start = 0;
		int end = url.length();
		while (start < end && url.charAt(start) <= ' ') {
			start++;
		}
		while (end > start && url.charAt(end - 1) <= ' ') {
			end--;
		}
		return url.substring(start, end);
	}

}
