package org.treatyportal.seo;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import org.treatyportal.config.PortalProperties;
import org.treatyportal.web.ContentVersions;
import org.treatyportal.web.Languages;

/**
 * Resolves a page's {@link PageMeta} into what the layout's head writes. Templates reach
 * it as {@code @pageHeads}.
 */
@Component("pageHeads")
public class PageHeads {

	/** Longest description written; search engines show about half of it. */
	static final int MAX_DESCRIPTION = 300;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final SiteUrls urls;

	private final PortalProperties properties;

	private final MessageSource messages;

	private final Languages languages;

	PageHeads(SiteUrls urls, PortalProperties properties, MessageSource messages, Languages languages) {
		this.urls = urls;
		this.properties = properties;
		this.messages = messages;
		this.languages = languages;
	}

	/**
	 * The current public page in each language, for its {@code hreflang} links and
	 * {@code og:locale:alternate}: the page's canonical address in that language, or, for
	 * a page without one, its own address (without query) in that language; then
	 * {@code x-default}, the default language's. A page showing one item lists only the
	 * languages the item really has a version in: a page that would show the original
	 * with a notice is no translation to announce (ADR 18); its {@code x-default} is the
	 * default language's version, or the original where there is none. Empty off the
	 * public site.
	 * @param meta the page's metadata, or {@code null}
	 */
	public List<Alternate> alternates(PageMeta meta) {
		String canonical = (meta != null) ? meta.canonicalPath() : null;
		ContentVersions versions = (meta != null) ? meta.versions() : null;
		List<Alternate> alternates = new ArrayList<>();
		for (Languages.Alternate page : this.languages.alternates(versions)) {
			if (versions != null) {
				if (versions.has(page.language())) {
					alternates.add(new Alternate(page.language(), this.urls.absolute(page.path()),
							this.languages.ogLocale(page.language()), page.language().equals(versions.shown())));
				}
				continue;
			}
			String path = (canonical != null) ? this.languages.pathIn(page.language(), canonical) : page.path();
			alternates.add(new Alternate(page.language(), this.urls.absolute(path),
					this.languages.ogLocale(page.language()), page.current()));
		}
		if (!alternates.isEmpty()) {
			Alternate first = alternates.get(0);
			if (versions != null && !versions.has(this.languages.defaultLanguage())) {
				first = alternates.stream()
					.filter((alternate) -> alternate.language().equals(versions.original()))
					.findFirst()
					.orElse(first);
			}
			alternates.add(new Alternate("x-default", first.url(), first.ogLocale(), false));
		}
		return alternates;
	}

	/**
	 * The Open Graph locale of the text the page shows: the page's language, or the
	 * original's where an item has no version in it; {@code null} off the public site.
	 * @param meta the page's metadata, or {@code null}
	 */
	public String ogLocale(PageMeta meta) {
		String language = shownLanguage(meta);
		return (language != null) ? this.languages.ogLocale(language) : null;
	}

	/** The language of the text the page shows, or {@code null} off the public site. */
	private String shownLanguage(PageMeta meta) {
		if (meta != null && meta.versions() != null) {
			return meta.versions().shown();
		}
		return this.languages.current();
	}

	/**
	 * The head of a page in the current request's language.
	 * @param meta the page's metadata, or {@code null} for the site's defaults
	 */
	public PageHead of(PageMeta meta) {
		PageMeta page = (meta != null) ? meta : PageMeta.DEFAULT;
		Locale locale = LocaleContextHolder.getLocale();
		String title = resolve(page.title(), locale);
		String here = locale.getLanguage();
		if (title.isBlank()) {
			title = this.properties.siteName(here);
		}
		String description = description(resolve(page.description(), locale), here);
		String language = this.languages.current();
		String url = (page.canonicalPath() != null) ? this.urls
			.absolute((language != null) ? this.languages.pathIn(language, page.canonicalPath()) : page.canonicalPath())
				: null;
		if (page.versions() != null && page.canonicalPath() != null) {
			// A page that shows another language's text for want of a translation is a
			// copy of that version's page, which is the one to index.
			String shown = page.versions().shown();
			url = this.urls.absolute(this.languages.pathIn(shown, page.versions().path(shown)));
		}
		Instant published = seconds(page.published());
		Instant modified = seconds(page.modified());
		String jsonLd = null;
		if (page.structuredData() != null) {
			Map<String, Object> data = page.structuredData()
				.toJsonLd(new StructuredData.Page(title, description, url, published, modified, shownLanguage(meta),
						this.properties.siteName(here), this.properties.organisation(here), this.urls));
			jsonLd = scriptSafe(JSON.writeValueAsString(data));
		}
		boolean article = page.type() == PageMeta.Type.ARTICLE;
		return new PageHead(this.properties.siteName(here), title, description, url, page.type().property(),
				(article && published != null) ? published.toString() : null,
				(article && modified != null) ? modified.toString() : null, page.indexable(), jsonLd);
	}

	/**
	 * JSON that can stand inside a {@code <script>} element: {@code <}, {@code >} and
	 * {@code &} (which JSON allows only inside strings) become {@code \}{@code u}
	 * escapes, as do the line separators, so no text can close the element or open a
	 * comment.
	 */
	static String scriptSafe(String json) {
		StringBuilder safe = new StringBuilder(json.length() + 16);
		for (int i = 0; i < json.length(); i++) {
			char c = json.charAt(i);
			switch (c) {
				case '<' -> safe.append("\\u003c");
				case '>' -> safe.append("\\u003e");
				case '&' -> safe.append("\\u0026");
				case '\u2028' -> safe.append("\\u2028");
				case '\u2029' -> safe.append("\\u2029");
				default -> safe.append(c);
			}
		}
		return safe.toString();
	}

	/**
	 * One line of plain text, cut at a word before {@link #MAX_DESCRIPTION}; the tagline
	 * when blank.
	 */
	private String description(String text, String language) {
		String line = text.replaceAll("\\s+", " ").strip();
		if (line.isEmpty()) {
			return this.properties.tagline(language);
		}
		if (line.length() <= MAX_DESCRIPTION) {
			return line;
		}
		int cut = line.lastIndexOf(' ', MAX_DESCRIPTION - 1);
		return line.substring(0, (cut > MAX_DESCRIPTION / 2) ? cut : MAX_DESCRIPTION - 1).strip() + "…";
	}

	private String resolve(MessageSourceResolvable text, Locale locale) {
		if (text == null) {
			return "";
		}
		if (text.getCodes() == null || text.getCodes().length == 0) {
			// A text of the page itself, never a message pattern: apostrophes and braces
			// stay as written.
			return (text.getDefaultMessage() != null) ? text.getDefaultMessage() : "";
		}
		Object[] own = (text.getArguments() != null) ? text.getArguments() : new Object[0];
		Object[] arguments = new Object[own.length + 2];
		arguments[0] = this.properties.siteName(locale.getLanguage());
		arguments[1] = this.properties.organisation(locale.getLanguage());
		System.arraycopy(own, 0, arguments, 2, own.length);
		return this.messages.getMessage(
				new DefaultMessageSourceResolvable(text.getCodes(), arguments, text.getDefaultMessage()), locale);
	}

	private static Instant seconds(Instant instant) {
		return (instant != null) ? instant.truncatedTo(ChronoUnit.SECONDS) : null;
	}

	/**
	 * One language version of a page.
	 *
	 * @param language its tag, or {@code x-default}
	 * @param url its absolute address
	 * @param ogLocale its Open Graph locale
	 * @param current whether it is the page being shown
	 */
	public record Alternate(String language, String url, String ogLocale, boolean current) {
	}

}
