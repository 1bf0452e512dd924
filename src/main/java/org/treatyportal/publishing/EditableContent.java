package org.treatyportal.publishing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

import org.treatyportal.revisions.Revisioned;

/**
 * What every content type that editors write has in common: a title, a slug, a summary, a
 * sanitised rich-text body in its original language, its versions in other languages
 * ({@link Translation}), a publication state, who wrote and last changed it, and an
 * optimistic-locking version. Each type's table has these columns with these names, and
 * its {@code *_translation} table the translations (ADR 18).
 */
@MappedSuperclass
public abstract class EditableContent implements Revisioned {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false)
	private String slug;

	@Column(nullable = false)
	private String title;

	@Column(nullable = false)
	private String summary = "";

	@Column(nullable = false)
	private String body = "";

	@Column(nullable = false)
	private String language = "en";

	@Embedded
	private Publication publication = Publication.draft();

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "author_id")
	private Author author;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "updated_by_id")
	private Author updatedBy;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Version
	private long version;

	protected EditableContent() {
	}

	protected EditableContent(String slug, String title, Instant createdAt) {
		this.slug = slug;
		this.title = title;
		this.createdAt = createdAt;
		this.updatedAt = createdAt;
	}

	public Long getId() {
		return this.id;
	}

	public String getSlug() {
		return this.slug;
	}

	public void setSlug(String slug) {
		this.slug = slug;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getSummary() {
		return this.summary;
	}

	public void setSummary(String summary) {
		this.summary = summary;
	}

	/** Sanitised HTML. */
	public String getBody() {
		return this.body;
	}

	public void setBody(String body) {
		this.body = body;
	}

	/** The language of the original: the title, slug, summary and body above. */
	public String getLanguage() {
		return this.language;
	}

	public void setLanguage(String language) {
		this.language = language;
	}

	/**
	 * The item's versions in languages other than its original, by language code. Each
	 * type maps them to its own {@code *_translation} table.
	 */
	protected abstract Map<String, Translation> translations();

	/** The item's translation into a language other than its original, if it has one. */
	public Optional<Translation> translation(String language) {
		return Optional.ofNullable(translations().get(language));
	}

	/** The languages the item has a version in, its original first. */
	public List<String> languages() {
		List<String> languages = new ArrayList<>();
		languages.add(this.language);
		translations().keySet().stream().sorted().forEach(languages::add);
		return languages;
	}

	/**
	 * Sets the item's version in a language other than its original. A changed text is
	 * taken as following the original as it stands now; an unchanged one keeps what it
	 * followed (so saving a form that carries every language confirms nothing by itself).
	 */
	public void translate(String language, String slug, String title, String summary, String body, Instant when) {
		if (language.equals(this.language)) {
			throw new IllegalArgumentException("The original is not a translation: " + language);
		}
		Translation current = translations().get(language);
		if (current != null && current.getSlug().equals(slug) && current.getTitle().equals(title)
				&& current.getSummary().equals(summary) && current.getBody().equals(body)) {
			return;
		}
		translations().put(language, new Translation(slug, title, summary, body, fingerprint(), when));
	}

	/** Removes the item's version in a language other than its original. */
	public void removeTranslation(String language) {
		translations().remove(language);
	}

	/**
	 * Whether the original's text changed after the translation into this language was
	 * saved or last confirmed.
	 */
	public boolean isOutOfDate(String language) {
		return translation(language).map((translation) -> !translation.getBasedOn().equals(fingerprint()))
			.orElse(false);
	}

	/** Confirms that the translation into this language follows the original as it is. */
	public void confirmTranslation(String language) {
		translation(language).ifPresent((translation) -> translation.confirm(fingerprint()));
	}

	/** The item's text in a language: its translation, or else its original. */
	public LanguageText in(String language) {
		Translation translation = language.equals(this.language) ? null : translations().get(language);
		if (translation == null) {
			return new LanguageText(language, this.language, this.slug, this.title, this.summary, this.body);
		}
		return new LanguageText(language, language, translation.getSlug(), translation.getTitle(),
				translation.getSummary(), translation.getBody());
	}

	/** A digest of the original's text, which a translation records to notice changes. */
	private String fingerprint() {
		return TextFingerprint.of(this.title, this.summary, this.body);
	}

	public Publication getPublication() {
		return this.publication;
	}

	public Author getAuthor() {
		return this.author;
	}

	public void setAuthor(Author author) {
		this.author = author;
	}

	public Author getUpdatedBy() {
		return this.updatedBy;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

	/** Notes a change by the given user at the given instant. */
	public void markUpdated(Instant when, Author by) {
		this.updatedAt = when;
		this.updatedBy = by;
	}

	public long getVersion() {
		return this.version;
	}

}
