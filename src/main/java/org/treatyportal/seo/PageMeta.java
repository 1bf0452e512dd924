package org.treatyportal.seo;

import java.time.Instant;

import org.jsoup.Jsoup;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

import org.treatyportal.web.ContentVersions;

/**
 * What a public page tells search engines and link previews about itself: the
 * description, the canonical address, the Open Graph type and times, and its schema.org
 * data. A controller puts one in the model under {@link #MODEL_ATTRIBUTE}; the layout's
 * {@code meta} fragment renders it through {@link PageHeads}. A page that sets none gets
 * the site's name and tagline, and no canonical link.
 *
 * @param title the page's own title without the site's name, for {@code og:title} and the
 * JSON-LD; {@code null} means the site's name
 * @param description one or two plain sentences; {@code null} or blank means the site's
 * tagline
 * @param canonicalPath the path of the page's one address, with only the query parameters
 * that select other content (filters, a page number after the first); {@code null} for no
 * canonical link
 * @param type the Open Graph type
 * @param published when an article was published, or {@code null}
 * @param modified when an article last changed, or {@code null}
 * @param indexable {@code false} asks search engines to leave the page out of their index
 * @param structuredData the page's schema.org description, or {@code null}
 * @param versions where the one item the page shows lives in each language, and in which
 * language its text is shown; {@code null} for a page that is the same address behind
 * every language prefix (a list, a form)
 */
public record PageMeta(MessageSourceResolvable title, MessageSourceResolvable description, String canonicalPath,
		Type type, Instant published, Instant modified, boolean indexable, StructuredData structuredData,
		ContentVersions versions) {

	/** Name of the model attribute the layout reads. */
	public static final String MODEL_ATTRIBUTE = "pageMeta";

	/** What a page that sets nothing gets: the site's name and tagline. */
	public static final PageMeta DEFAULT = new PageMeta(null, null, null, Type.WEBSITE, null, null, true, null, null);

	public PageMeta {
		type = (type != null) ? type : Type.WEBSITE;
	}

	/**
	 * A page with a title and description of its own.
	 * @param title the page's title, without the site's name
	 * @param description plain text
	 * @param canonicalPath the path of its one address
	 */
	public static PageMeta of(String title, String description, String canonicalPath) {
		return new PageMeta(literal(title), literal(description), canonicalPath, Type.WEBSITE, null, null, true, null,
				null);
	}

	/**
	 * A page whose title and description are texts of the message bundles, such as a
	 * list. In both messages {@code {0}} is the site's name and {@code {1}} the
	 * organisation; the arguments given here follow from {@code {2}} on.
	 * @param titleCode message code of the title
	 * @param descriptionCode message code of the description
	 * @param canonicalPath the path of its one address
	 * @param arguments the page's own arguments of both messages
	 */
	public static PageMeta fromMessages(String titleCode, String descriptionCode, String canonicalPath,
			Object... arguments) {
		return new PageMeta(new DefaultMessageSourceResolvable(new String[] { titleCode }, arguments),
				new DefaultMessageSourceResolvable(new String[] { descriptionCode }, arguments), canonicalPath,
				Type.WEBSITE, null, null, true, null, null);
	}

	/**
	 * A news item or press release: Open Graph type {@code article} with its times, and a
	 * schema.org {@code NewsArticle}.
	 */
	public static PageMeta article(String title, String description, String canonicalPath, Instant published,
			Instant modified) {
		return new PageMeta(literal(title), literal(description), canonicalPath, Type.ARTICLE, published, modified,
				true, StructuredData.newsArticle(), null);
	}

	/** The same page with the given schema.org description. */
	public PageMeta withStructuredData(StructuredData data) {
		return new PageMeta(this.title, this.description, this.canonicalPath, this.type, this.published, this.modified,
				this.indexable, data, this.versions);
	}

	/**
	 * The same page with the message as its description if it has none of its own. In the
	 * message {@code {0}} is the site's name, {@code {1}} the organisation, and the
	 * arguments given here follow.
	 */
	public PageMeta withFallbackDescription(String descriptionCode, Object... arguments) {
		boolean hasOwn = this.description != null && (this.description.getCodes() != null
				|| !firstNonBlank(this.description.getDefaultMessage()).isEmpty());
		if (hasOwn) {
			return this;
		}
		return new PageMeta(this.title, new DefaultMessageSourceResolvable(new String[] { descriptionCode }, arguments),
				this.canonicalPath, this.type, this.published, this.modified, this.indexable, this.structuredData,
				this.versions);
	}

	/**
	 * The same page, asking search engines not to index it (such as search results), and
	 * so without a canonical link.
	 */
	public PageMeta notIndexed() {
		return new PageMeta(this.title, this.description, null, this.type, this.published, this.modified, false,
				this.structuredData, this.versions);
	}

	/**
	 * The same page, showing one item whose address differs between languages: its
	 * canonical address, {@code hreflang} links and Open Graph locales follow the item's
	 * versions (ADR 18).
	 */
	public PageMeta withVersions(ContentVersions versions) {
		return new PageMeta(this.title, this.description, this.canonicalPath, this.type, this.published, this.modified,
				this.indexable, this.structuredData, versions);
	}

	/** The plain text of rich text (sanitised HTML), for a description. */
	public static String text(String html) {
		return (html != null) ? Jsoup.parse(html).text() : "";
	}

	/** The first of the texts that is not blank, or an empty string. */
	public static String firstNonBlank(String... texts) {
		for (String text : texts) {
			if (text != null && !text.isBlank()) {
				return text;
			}
		}
		return "";
	}

	private static MessageSourceResolvable literal(String text) {
		return (text != null) ? new DefaultMessageSourceResolvable(null, null, text) : null;
	}

	/** Open Graph types the site uses. */
	public enum Type {

		WEBSITE("website"), ARTICLE("article");

		private final String property;

		Type(String property) {
			this.property = property;
		}

		/** The value of {@code og:type}. */
		public String property() {
			return this.property;
		}

	}

}
