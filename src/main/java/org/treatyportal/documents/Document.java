package org.treatyportal.documents;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import org.hibernate.annotations.BatchSize;

import org.treatyportal.events.Event;
import org.treatyportal.publishing.EditableContent;
import org.treatyportal.publishing.Translation;

/**
 * A document of the library (a treaty text, a report, a programme, ...) with its type,
 * date, the treaty, event and countries it concerns. Its files, one current per language,
 * are {@link DocumentFile} rows; the summary is its description.
 */
@Entity
@Table(name = "document")
public class Document extends EditableContent {

	// Lists show each document in the page's language: translations load in batches.
	@ElementCollection
	@BatchSize(size = 50)
	@CollectionTable(name = "document_translation", joinColumns = @JoinColumn(name = "document_id"))
	@MapKeyColumn(name = "language")
	private Map<String, Translation> translations = new HashMap<>();

	@Enumerated(EnumType.STRING)
	@Column(name = "document_type", nullable = false)
	private DocumentType type = DocumentType.OTHER;

	@Column(name = "document_date")
	private LocalDate date;

	@Column(name = "treaty_number")
	private Integer treatyNumber;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "event_id")
	private Event event;

	@ElementCollection(fetch = FetchType.LAZY)
	@CollectionTable(name = "document_country", joinColumns = @JoinColumn(name = "document_id"))
	@Column(name = "country_code")
	private Set<String> countries = new LinkedHashSet<>();

	/**
	 * Files the editor asked to add or change in this save, stored once the document is.
	 */
	@Transient
	private List<LanguageFileChange> fileChanges = new ArrayList<>();

	protected Document() {
	}

	public Document(String slug, String title, Instant createdAt) {
		super(slug, title, createdAt);
	}

	public DocumentType getType() {
		return this.type;
	}

	public void setType(DocumentType type) {
		this.type = type;
	}

	/** The document's own date (adoption, publication), or {@code null}. */
	public LocalDate getDate() {
		return this.date;
	}

	public void setDate(LocalDate date) {
		this.date = date;
	}

	/** Number of the treaty it belongs to (185 for ETS 185), or {@code null}. */
	public Integer getTreatyNumber() {
		return this.treatyNumber;
	}

	public void setTreatyNumber(Integer treatyNumber) {
		this.treatyNumber = treatyNumber;
	}

	/** The event it belongs to (a programme, a presentation), or {@code null}. */
	public Event getEvent() {
		return this.event;
	}

	public void setEvent(Event event) {
		this.event = event;
	}

	/** ISO 3166-1 alpha-2 codes of the countries it concerns. */
	public Set<String> getCountries() {
		return this.countries;
	}

	List<LanguageFileChange> takeFileChanges() {
		List<LanguageFileChange> changes = this.fileChanges;
		this.fileChanges = new ArrayList<>();
		return changes;
	}

	void requestFileChanges(List<LanguageFileChange> changes) {
		this.fileChanges = new ArrayList<>(changes);
	}

	@Override
	protected Map<String, Translation> translations() {
		return this.translations;
	}

}
