package org.treatyportal.revisions;

import java.util.List;
import java.util.Set;
import java.util.function.Function;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Two versions of a rich text shown as the newer one reads, with the words taken out
 * struck (a del element) and the words put in marked (an ins element), as an editor
 * compares two drafts on paper. The markup is the newer version's: tags that only the
 * older one had are left out, their words still shown struck where they stood, so the
 * result is always well formed.
 */
final class RichTextDiff {

	/**
	 * Elements that may not hold text directly: a struck word there moves into a cell or
	 * item.
	 */
	private static final Set<String> NO_TEXT = Set.of("ul", "ol", "table", "thead", "tbody", "tfoot", "tr");

	/** What stored rich text may hold (it was cleaned on save), and the marks. */
	private static final Safelist SHOWN = Safelist.relaxed()
		.addTags("hr", "s", "figure", "figcaption", "ins", "del")
		.addAttributes("th", "scope")
		.addProtocols("img", "src", "https");

	private RichTextDiff() {
	}

	/**
	 * The newer text, rendered, with its changes from the older marked.
	 * @param older the older version's HTML, as stored
	 * @param newer the newer version's HTML, as stored
	 * @param tokens splits HTML into tags, words, punctuation and spaces
	 */
	static String render(String older, String newer, Function<String, List<String>> tokens) {
		List<String> from = tokens.apply(older);
		List<String> to = tokens.apply(newer);
		StringBuilder html = new StringBuilder(newer.length() + 64);
		int position = 0;
		for (AbstractDelta<String> delta : DiffUtils.diff(from, to).getDeltas()) {
			from.subList(position, delta.getSource().getPosition()).forEach(html::append);
			mark(html, delta.getSource().getLines(), "del", false);
			mark(html, delta.getTarget().getLines(), "ins", true);
			position = delta.getSource().getPosition() + delta.getSource().size();
		}
		from.subList(position, from.size()).forEach(html::append);
		return tidy(html.toString());
	}

	/** Wraps each run of words in the mark; keeps the tags only of the newer version. */
	private static void mark(StringBuilder html, List<String> tokens, String mark, boolean keepTags) {
		StringBuilder words = new StringBuilder();
		for (String token : tokens) {
			if (token.startsWith("<")) {
				close(html, words, mark);
				if (keepTags) {
					html.append(token);
				}
			}
			else {
				words.append(token);
			}
		}
		close(html, words, mark);
	}

	private static void close(StringBuilder html, StringBuilder words, String mark) {
		if (!words.toString().isBlank()) {
			html.append('<').append(mark).append('>').append(words).append("</").append(mark).append('>');
		}
		else {
			html.append(words);
		}
		words.setLength(0);
	}

	/**
	 * Moves marks that landed where no text may stand (between two list items, say) into
	 * the item or cell before them, and keeps only what stored rich text may hold.
	 */
	private static String tidy(String html) {
		Document document = Jsoup.parseBodyFragment(html);
		for (Element container : document.body().select(String.join(",", NO_TEXT))) {
			for (Node child : List.copyOf(container.childNodes())) {
				boolean text = (child instanceof TextNode textNode) ? !textNode.isBlank()
						: (child instanceof Element element)
								&& (element.tagName().equals("del") || element.tagName().equals("ins"));
				if (text) {
					adopt(container, child);
				}
			}
		}
		Document clean = new Cleaner(SHOWN).clean(document);
		clean.outputSettings().prettyPrint(false);
		return clean.body().html();
	}

	private static void adopt(Element container, Node stray) {
		Element home = null;
		for (Node sibling = stray.previousSibling(); sibling != null
				&& home == null; sibling = sibling.previousSibling()) {
			home = (sibling instanceof Element element) ? lastHolder(element) : null;
		}
		for (Node sibling = stray.nextSibling(); sibling != null && home == null; sibling = sibling.nextSibling()) {
			home = (sibling instanceof Element element) ? lastHolder(element) : null;
		}
		if (home != null) {
			home.appendChild(stray);
		}
		else {
			stray.remove();
		}
	}

	/** The element itself, or its last descendant that may hold text. */
	private static Element lastHolder(Element element) {
		if (!NO_TEXT.contains(element.tagName())) {
			return element;
		}
		List<Element> holders = element.select("li, td, th, caption").asList();
		return holders.isEmpty() ? null : holders.get(holders.size() - 1);
	}

}
