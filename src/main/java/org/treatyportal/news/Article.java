package org.treatyportal.news;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
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
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import org.hibernate.annotations.BatchSize;

import org.treatyportal.publishing.EditableContent;
import org.treatyportal.publishing.Translation;
import org.treatyportal.web.DatePrecision;

/**
 * A news item or a press release.
 */
@Entity
@Table(name = "article")
public class Article extends EditableContent {

	// Lists show each item in the page's language: their translations load in batches.
	@ElementCollection
	@BatchSize(size = 50)
	@CollectionTable(name = "article_translation", joinColumns = @JoinColumn(name = "article_id"))
	@MapKeyColumn(name = "language")
	private Map<String, Translation> translations = new HashMap<>();

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ArticleKind kind;

	@ManyToMany(fetch = FetchType.LAZY)
	@JoinTable(name = "article_category", joinColumns = @JoinColumn(name = "article_id"),
			inverseJoinColumns = @JoinColumn(name = "category_id"))
	private Set<Category> categories = new LinkedHashSet<>();

	@Enumerated(EnumType.STRING)
	@Column(name = "date_precision", nullable = false)
	private DatePrecision datePrecision = DatePrecision.DAY;

	protected Article() {
	}

	public Article(ArticleKind kind, String slug, String title, Instant createdAt) {
		super(slug, title, createdAt);
		this.kind = kind;
	}

	public ArticleKind getKind() {
		return this.kind;
	}

	public Set<Category> getCategories() {
		return this.categories;
	}

	/**
	 * How precisely its date is known; with {@code MONTH} it is published at the month's
	 * start.
	 */
	public DatePrecision getDatePrecision() {
		return this.datePrecision;
	}

	public void setDatePrecision(DatePrecision datePrecision) {
		this.datePrecision = datePrecision;
	}

	@Override
	protected Map<String, Translation> translations() {
		return this.translations;
	}

}
