package org.treatyportal.pages;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import org.treatyportal.caching.PerGeneration;
import org.treatyportal.config.PortalProperties;
import org.treatyportal.publishing.AttachmentView;
import org.treatyportal.publishing.Attachments;
import org.treatyportal.publishing.LanguageText;
import org.treatyportal.publishing.LanguageVersions;
import org.treatyportal.publishing.PublicContent;
import org.treatyportal.publishing.PublicationState;
import org.treatyportal.publishing.SlugHistory;
import org.treatyportal.revisions.ContentRef;
import org.treatyportal.seo.SitemapEntry;
import org.treatyportal.web.Languages;

/**
 * Reads static pages for the public site: only what is visible now. Templates reach it as
 * {@code @pages} for the site menu.
 */
@Service("pages")
@Transactional(readOnly = true)
public class PageService implements PublicContent {

	private final PageRepository pages;

	private final SlugHistory slugHistory;

	private final Attachments attachments;

	private final Clock clock;

	private final ZoneId zone;

	private final Languages languages;

	private final PerGeneration perGeneration;

	PageService(PageRepository pages, SlugHistory slugHistory, Attachments attachments, Clock clock,
			PortalProperties properties, Languages languages, PerGeneration perGeneration) {
		this.perGeneration = perGeneration;
		this.languages = languages;
		this.pages = pages;
		this.slugHistory = slugHistory;
		this.attachments = attachments;
		this.clock = clock;
		this.zone = properties.timeZone();
	}

	/**
	 * The visible pages of the site menu, in the order admins gave them; read once per
	 * content generation and language, as every page shows them. No transaction of its
	 * own: most calls read nothing.
	 */
	@Transactional(propagation = Propagation.SUPPORTS)
	public List<MenuLink> menu() {
		String language = language();
		return this.perGeneration.get(List.of("menu", language),
				() -> links(this.pages.findVisibleMenuLinks(this.clock.instant(), language)));
	}

	/**
	 * The visible pages linked in the footer (contact, legal notice...), in the order
	 * admins gave them; read once per content generation and language, with no
	 * transaction of its own.
	 */
	@Transactional(propagation = Propagation.SUPPORTS)
	public List<MenuLink> footer() {
		String language = language();
		return this.perGeneration.get(List.of("footer", language),
				() -> links(this.pages.findVisibleFooterLinks(this.clock.instant(), language)));
	}

	private static List<MenuLink> links(List<Object[]> rows) {
		return rows.stream().map((row) -> new MenuLink((String) row[0], "/" + row[1], (String) row[2])).toList();
	}

	/**
	 * The language of the page being written: the address's on the public site, as the
	 * site menu, on every page, needs it without asking.
	 */
	private static String language() {
		return LocaleContextHolder.getLocale().toLanguageTag();
	}

	/** The address of every visible page with when it last changed: for the sitemap. */
	List<SitemapEntry> sitemapEntries() {
		List<SitemapEntry> entries = new ArrayList<>();
		for (StaticPage page : this.pages.findVisible(this.clock.instant())) {
			Instant published = page.getPublication().getPublishAt();
			entries.add(new SitemapEntry("/" + page.getSlug(),
					page.getUpdatedAt().isAfter(published) ? page.getUpdatedAt() : published,
					LanguageVersions.of(page, page.getLanguage(), this.languages.all(), (slug) -> "/" + slug)));
		}
		return entries;
	}

	/**
	 * The visible page whose version in the page's language has the given slug, in that
	 * language or, where it has none, in its original. Empty where the slug is another
	 * version's: see {@link #renamedTo(String)}.
	 */
	Optional<PageView> find(String slug) {
		String language = language();
		return LanguageVersions.match(this.pages.findVisibleByAnySlug(slug, this.clock.instant()), language, slug)
			.filter((page) -> LanguageVersions.isCurrent(page, language, slug))
			.map((page) -> view(page, language, true));
	}

	/**
	 * Where an address that answers to no current slug of its language goes: the same
	 * page's version in the language, or the page that had the slug before in the
	 * language, else in any language.
	 */
	Optional<String> renamedTo(String slug) {
		Instant now = this.clock.instant();
		String language = language();
		Optional<StaticPage> item = LanguageVersions.match(this.pages.findVisibleByAnySlug(slug, now), language, slug);
		if (item.isEmpty()) {
			item = this.slugHistory.formerOwner(PageEditor.CONTENT_TYPE, language, slug)
				.or(() -> this.slugHistory.formerOwner(PageEditor.CONTENT_TYPE, slug))
				.flatMap(this.pages::findById)
				.filter((page) -> page.getPublication().isVisibleAt(now));
		}
		return item.map((page) -> "/" + page.in(language).slug());
	}

	boolean isWithdrawn(String slug) {
		return this.pages.findBySlug(slug)
			.map((page) -> page.getPublication().getState() == PublicationState.WITHDRAWN)
			.orElse(false);
	}

	@Override
	public boolean isVisible(ContentRef content) {
		return PageEditor.CONTENT_TYPE.equals(content.type()) && this.pages.findById(content.id())
			.map((page) -> page.getPublication().isVisibleAt(this.clock.instant()))
			.orElse(false);
	}

	PageView view(StaticPage page) {
		return view(page, page.getLanguage(), false);
	}

	/**
	 * The page in one language: for the public site and editors' previews.
	 * @param published whether the page is a visible one read in a transaction, whose
	 * addresses in every language the page links (a preview's item may be detached)
	 */
	PageView view(StaticPage page, String language, boolean published) {
		List<AttachmentView> files = (page.getId() != null)
				? this.attachments.list(new ContentRef(PageEditor.CONTENT_TYPE, page.getId())) : List.of();
		LanguageText text = page.in(language);
		return new PageView(text.title(), text.summary(), text.body(),
				page.getUpdatedAt().atZone(this.zone).toLocalDate(), files, text,
				published ? LanguageVersions.of(page, language, this.languages.all(), (slug) -> "/" + slug) : null);
	}

}
