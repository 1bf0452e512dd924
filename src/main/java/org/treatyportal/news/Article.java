package org.treatyportal.news;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;

import org.treatyportal.publishing.EditableContent;
import org.treatyportal.web.DatePrecision;

/**
 * A news item or a press release.
 */
@Entity
@Table(name = "article")
public class Article extends EditableContent {

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

}
