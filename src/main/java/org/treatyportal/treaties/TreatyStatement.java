package org.treatyportal.treaties;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.BatchSize;

import org.treatyportal.publishing.TextFingerprint;
import org.treatyportal.revisions.Revisioned;

/**
 * A reservation, declaration, designation of authority, territorial application,
 * communication or objection of one State about one treaty. Its text is written in its
 * original {@link #getLanguage() language} and may have a version in each other language
 * where the depositary gives one (ADR 18).
 */
@Entity
@Table(name = "treaty_statement")
public class TreatyStatement implements Revisioned {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "party_id")
	private TreatyParty party;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private StatementKind kind;

	@Column(name = "statement_date", nullable = false)
	private LocalDate statementDate;

	@Column(nullable = false)
	private String articles = "";

	@Column(nullable = false)
	private String text = "";

	@Embedded
	private RecordSource source = RecordSource.NONE;

	@Column(name = "updated_at")
	private Instant updatedAt;

	@Column(nullable = false)
	private String language = "en";

	// Charts and profiles read the statements of many States at once.
	@ElementCollection
	@CollectionTable(name = "treaty_statement_translation", joinColumns = @JoinColumn(name = "statement_id"))
	@MapKeyColumn(name = "language")
	@BatchSize(size = 100)
	private Map<String, StatementTranslation> translations = new HashMap<>();

	@Version
	private long version;

	protected TreatyStatement() {
	}

	TreatyStatement(TreatyParty party) {
		this.party = party;
	}

	public Long getId() {
		return this.id;
	}

	public TreatyParty getParty() {
		return this.party;
	}

	public StatementKind getKind() {
		return this.kind;
	}

	void setKind(StatementKind kind) {
		this.kind = kind;
	}

	public LocalDate getStatementDate() {
		return this.statementDate;
	}

	void setStatementDate(LocalDate statementDate) {
		this.statementDate = statementDate;
	}

	/** The articles concerned, as written, e.g. "Article 6, paragraph 3". */
	public String getArticles() {
		return this.articles;
	}

	void setArticles(String articles) {
		this.articles = articles;
	}

	public String getText() {
		return this.text;
	}

	void setText(String text) {
		this.text = text;
	}

	void setUpdatedAt(Instant updatedAt) {
		this.updatedAt = updatedAt;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

	/** Where the record comes from, for admins unless published. */
	public RecordSource getSource() {
		return this.source;
	}

	void setSource(RecordSource source) {
		this.source = source;
	}

	public long getVersion() {
		return this.version;
	}

	/** The language of the original text. */
	public String getLanguage() {
		return this.language;
	}

	/** The text in a language other than the original, if it has one. */
	public Optional<StatementTranslation> translation(String language) {
		return Optional.ofNullable(this.translations.get(language));
	}

	/**
	 * Sets the text in a language other than the original. A changed text follows the
	 * original as it stands now; an unchanged one keeps what it followed.
	 */
	void translate(String language, String text, Instant when) {
		if (language.equals(this.language)) {
			throw new IllegalArgumentException("The original is not a translation: " + language);
		}
		StatementTranslation current = this.translations.get(language);
		if (current == null || !current.getText().equals(text)) {
			this.translations.put(language, new StatementTranslation(text, fingerprint(), when));
		}
	}

	void removeTranslation(String language) {
		this.translations.remove(language);
	}

	/** Whether the original changed after the translation into the language was saved. */
	public boolean isOutOfDate(String language) {
		return translation(language).map((translation) -> !translation.getBasedOn().equals(fingerprint()))
			.orElse(false);
	}

	/** Confirms that the translation into the language follows the original as it is. */
	void confirmTranslation(String language) {
		translation(language).ifPresent((translation) -> translation.confirm(fingerprint()));
	}

	/** The text in a language: its translation, or else the original. */
	public StatementWording in(String language) {
		StatementTranslation translation = this.translations.get(language);
		if (translation == null || language.equals(this.language)) {
			return new StatementWording(language, this.language, this.text);
		}
		return new StatementWording(language, language, translation.getText());
	}

	private String fingerprint() {
		return TextFingerprint.of(this.text);
	}

}
