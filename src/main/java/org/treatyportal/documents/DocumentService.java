package org.treatyportal.documents;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Collator;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.treatyportal.events.Event;
import org.treatyportal.files.StoredFileInfo;
import org.treatyportal.publishing.LanguageText;
import org.treatyportal.publishing.LanguageVersions;
import org.treatyportal.publishing.PublicContent;
import org.treatyportal.publishing.PublicationState;
import org.treatyportal.publishing.SlugHistory;
import org.treatyportal.revisions.ContentRef;
import org.treatyportal.states.StateDirectory;
import org.treatyportal.treaties.TreatyService;
import org.treatyportal.treaties.TreatyWording;
import org.treatyportal.web.Languages;

/**
 * Reads the document library for the public site: only documents visible now, and of each
 * language only its current file. Its {@code for…} methods give other features (events,
 * treaties, country profiles) the documents related to their items.
 */
@Service
@Transactional(readOnly = true)
public class DocumentService implements PublicContent {

	/** Documents per page of the public library. */
	public static final int PAGE_SIZE = 20;

	/** Most documents a related-content list holds. */
	static final int RELATED_MAX = 50;

	private final DocumentRepository documents;

	private final DocumentFileRepository files;

	private final SlugHistory slugHistory;

	private final StateDirectory countries;

	private final Clock clock;

	private final Languages languages;

	private final TreatyService treaties;

	DocumentService(DocumentRepository documents, DocumentFileRepository files, SlugHistory slugHistory,
			StateDirectory countries, Clock clock, Languages languages, TreatyService treaties) {
		this.languages = languages;
		this.treaties = treaties;
		this.documents = documents;
		this.files = files;
		this.slugHistory = slugHistory;
		this.countries = countries;
		this.clock = clock;
	}

	/**
	 * One page of the library, newest first.
	 * @param type only documents of this type, or {@code null} for all
	 * @param page zero-based page number
	 */
	public Page<DocumentSummary> list(DocumentType type, int page) {
		Pageable pageable = PageRequest.of(page, PAGE_SIZE);
		if (pageable.getOffset() > Integer.MAX_VALUE) {
			return Page.empty(pageable);
		}
		Instant now = this.clock.instant();
		Page<Document> result = (type != null) ? this.documents.findVisibleOfType(type, now, pageable)
				: this.documents.findVisible(now, pageable);
		Map<Long, List<LanguageVersion>> languages = languages(result.getContent());
		return result.map((document) -> summary(document, languages));
	}

	/**
	 * The visible documents of a treaty (its texts, explanatory report, ...), newest
	 * first.
	 */
	public List<DocumentSummary> forTreaty(int number) {
		return summaries(this.documents.findVisibleForTreaty(number, this.clock.instant(), related()));
	}

	/** The visible documents about a country, newest first. */
	public List<DocumentSummary> forCountry(String iso2) {
		String code = StateDirectory.normalise(iso2);
		if (!this.countries.exists(code)) {
			return List.of();
		}
		return summaries(this.documents.findVisibleInCountry(code, this.clock.instant(), related()));
	}

	/**
	 * The visible documents of an event (programme, presentations, ...), newest first.
	 */
	public List<DocumentSummary> forEvent(long eventId) {
		return summaries(this.documents.findVisibleForEvent(eventId, this.clock.instant(), related()));
	}

	/** Every document of an event whatever its state, for the editors' event form. */
	public List<DocumentLink> allForEvent(long eventId) {
		Instant now = this.clock.instant();
		return this.documents.findForEvent(eventId)
			.stream()
			.map((document) -> new DocumentLink(document.getTitle(), DocumentEditor.ADMIN_PATH + "/" + document.getId(),
					document.getPublication().statusAt(now)))
			.toList();
	}

	/** The visible document with the given slug. */
	public Optional<DocumentDetail> find(String slug) {
		Instant now = this.clock.instant();
		String language = language();
		return LanguageVersions.match(this.documents.findVisibleByAnySlug(slug, now), language, slug)
			.filter((document) -> LanguageVersions.isCurrent(document, language, slug))
			.map((document) -> detail(document, now, false, language));
	}

	/**
	 * The language of the page being written: the address's on the public site, which
	 * lists of documents on other features' pages need without asking.
	 */
	private static String language() {
		return LocaleContextHolder.getLocale().toLanguageTag();
	}

	/**
	 * The current file of a visible document in a language, for visitors.
	 * @param language a BCP 47 tag, in any case
	 */
	public Optional<StoredFileInfo> currentFile(String slug, String language) {
		Optional<String> tag = LanguageTags.canonical(language);
		if (tag.isEmpty()) {
			return Optional.empty();
		}
		return LanguageVersions.match(this.documents.findVisibleByAnySlug(slug, this.clock.instant()), language(), slug)
			.filter((document) -> LanguageVersions.isCurrent(document, language(), slug))
			.flatMap((document) -> this.files.findCurrent(document.getId(), tag.get()))
			.map((file) -> file.getFile().info());
	}

	/**
	 * Where a document that answers to no current slug has gone: the address of the
	 * document that used to have this slug, if it had one and is visible: a draft's or a
	 * scheduled item's new slug is nobody's business yet.
	 */
	public Optional<String> renamedTo(String slug) {
		Instant now = this.clock.instant();
		String language = language();
		Optional<Document> item = LanguageVersions.match(this.documents.findVisibleByAnySlug(slug, now), language,
				slug);
		if (item.isEmpty()) {
			item = this.slugHistory.formerOwner(DocumentEditor.CONTENT_TYPE, language, slug)
				.or(() -> this.slugHistory.formerOwner(DocumentEditor.CONTENT_TYPE, slug))
				.flatMap(this.documents::findById)
				.filter((document) -> document.getPublication().isVisibleAt(now));
		}
		return item.map((document) -> "/documents/" + document.in(language).slug())
			.filter((address) -> !address.equals("/documents/" + slug));
	}

	/** Whether the slug belongs to a document that was withdrawn from the site. */
	public boolean isWithdrawn(String slug) {
		return this.documents.findBySlug(slug)
			.map((document) -> document.getPublication().getState() == PublicationState.WITHDRAWN)
			.orElse(false);
	}

	@Override
	public boolean isVisible(ContentRef content) {
		return DocumentEditor.CONTENT_TYPE.equals(content.type()) && this.documents.findById(content.id())
			.map((document) -> document.getPublication().isVisibleAt(this.clock.instant()))
			.orElse(false);
	}

	/**
	 * The page of a document that need not be saved or visible: for editors' previews.
	 */
	DocumentDetail preview(Document document) {
		return detail(document, this.clock.instant(), true, document.getLanguage());
	}

	private DocumentDetail detail(Document document, Instant now, boolean preview, String language) {
		DocumentDetail.Link treaty = (document.getTreatyNumber() != null)
				? treatyLink(document.getTreatyNumber(), language) : null;
		Event event = document.getEvent();
		DocumentDetail.Link eventLink = (event != null && event.getPublication().isVisibleAt(now))
				? new DocumentDetail.Link(event.in(language).title(), "/events/" + event.in(language).slug(),
						event.in(language).lang())
				: null;
		List<DocumentDetail.Link> countries = document.getCountries()
			.stream()
			.map((code) -> new DocumentDetail.Link(this.countries.name(code),
					"/countries/" + code.toLowerCase(Locale.ROOT), null))
			.sorted(Comparator.comparing(DocumentDetail.Link::label))
			.toList();
		List<LanguageVersion> languages = List.of();
		if (document.getId() != null) {
			languages = versions(document, this.files.findCurrent(List.of(document.getId())), preview, language);
		}
		LanguageText text = document.in(language);
		return new DocumentDetail(text.title(), text.summary(), text.body(), document.getType(), document.getDate(),
				treaty, eventLink, countries, languages, text, preview ? null : LanguageVersions.of(document, language,
						this.languages.all(), (slug) -> "/documents/" + slug));
	}

	private List<DocumentSummary> summaries(List<Document> list) {
		Map<Long, List<LanguageVersion>> languages = languages(list);
		return list.stream().map((document) -> summary(document, languages)).toList();
	}

	private DocumentSummary summary(Document document, Map<Long, List<LanguageVersion>> languages) {
		LanguageText text = document.in(language());
		return new DocumentSummary(text.title(), "/documents/" + text.slug(), document.getType(), document.getDate(),
				text.summary(), languages.getOrDefault(document.getId(), List.of()), text.lang());
	}

	/** The current files of the documents, in one query. */
	private Map<Long, List<LanguageVersion>> languages(List<Document> list) {
		if (list.isEmpty()) {
			return Map.of();
		}
		Map<Long, Document> byId = list.stream().collect(Collectors.toMap(Document::getId, (d) -> d, (a, b) -> a));
		Map<Long, List<FileVersion>> files = this.files.findCurrent(byId.keySet())
			.stream()
			.collect(Collectors.groupingBy(FileVersion::documentId));
		Map<Long, List<LanguageVersion>> versions = new HashMap<>();
		files.forEach((id, current) -> versions.put(id, versions(byId.get(id), current, false, language())));
		return versions;
	}

	/**
	 * A document's current files as a page in the language lists them: authentic texts
	 * first, then translations, each group by the language's name in the page's language;
	 * a language's region or script named only when two files share the language.
	 */
	private static List<LanguageVersion> versions(Document document, List<FileVersion> files, boolean preview,
			String language) {
		Locale page = Locale.forLanguageTag(language);
		Map<String, Long> perLanguage = files.stream()
			.collect(Collectors.groupingBy((file) -> Locale.forLanguageTag(file.language()).getLanguage(),
					Collectors.counting()));
		Collator collator = Collator.getInstance(page);
		return files.stream()
			.map((file) -> version(document, file, preview, language,
					LanguageTags.name(file.language(), page,
							perLanguage.get(Locale.forLanguageTag(file.language()).getLanguage()) > 1)))
			.sorted(Comparator.comparing((LanguageVersion version) -> !version.authentic())
				.thenComparing(LanguageVersion::name, collator))
			.toList();
	}

	private static LanguageVersion version(Document document, FileVersion file, boolean preview, String language,
			String name) {
		String url = preview ? DocumentEditor.versionUrl(file) : "/documents/" + document.in(language).slug() + "/"
				+ URLEncoder.encode(file.language(), StandardCharsets.UTF_8);
		return new LanguageVersion(file.language(), name, file.authentic(), file.format(), file.size(), url);
	}

	/**
	 * The link to the document's treaty, labelled with its title in the page's language
	 * (or its original's, marked); its number alone when the treaty is not in the list
	 * (the page then says "Treaty no. 185").
	 */
	private DocumentDetail.Link treatyLink(int number, String language) {
		String url = "/treaties/" + number;
		return this.treaties.find(number).map((treaty) -> {
			TreatyWording wording = treaty.in(language);
			return new DocumentDetail.Link(wording.title(), url, wording.isFallback() ? wording.language() : null);
		}).orElseGet(() -> new DocumentDetail.Link(String.valueOf(number), url, null));
	}

	private static Pageable related() {
		return PageRequest.of(0, RELATED_MAX);
	}

}
