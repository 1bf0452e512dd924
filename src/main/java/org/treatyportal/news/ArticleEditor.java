package org.treatyportal.news;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.treatyportal.publishing.EditorialServices;
import org.treatyportal.publishing.EditorialType;
import org.treatyportal.publishing.EditorialWorkflow;
import org.treatyportal.publishing.Slugs;
import org.treatyportal.revisions.ContentRef;
import org.treatyportal.web.DatePrecision;

/**
 * The editorial workflow of news items and press releases: the shared one, plus topics
 * and dates known only to the month.
 */
@Service
@Transactional
class ArticleEditor extends EditorialWorkflow<Article, ArticleForm> {

	private final CategoryRepository categories;

	ArticleEditor(EditorialServices services, ArticleRepository articles, CategoryRepository categories) {
		super(services, articles);
		this.categories = categories;
	}

	@Override
	public Article newItem(EditorialType type) {
		return new Article(ArticleKind.fromPath(type.key()), "", "", now());
	}

	@Override
	protected boolean isOf(Article article, EditorialType type) {
		return article.getKind() == ArticleKind.fromPath(type.key());
	}

	@Override
	protected Specification<Article> ofType(EditorialType type) {
		ArticleKind kind = ArticleKind.fromPath(type.key());
		return (root, query, builder) -> builder.equal(root.get("kind"), kind);
	}

	@Transactional(readOnly = true)
	List<Category> allCategories() {
		return this.categories.findAll(Sort.by("name"));
	}

	@Override
	public ContentRef content(Article article) {
		return new ContentRef(article.getKind().contentType(), article.getId());
	}

	@Override
	public String publicUrl(Article article) {
		return "/" + article.getKind().path() + "/" + article.getSlug();
	}

	@Override
	public ArticleForm newForm() {
		return new ArticleForm();
	}

	@Override
	protected Specification<Article> sameTypeAs(Article article) {
		ArticleKind kind = article.getKind();
		return (root, query, builder) -> builder.equal(root.get("kind"), kind);
	}

	/**
	 * An item dated only to the month is published at the first day of that month, 00:00
	 * in the site's zone: it sorts at the month's start and no day is made up.
	 */
	@Override
	protected Instant publishTime(ArticleForm form, Instant now) {
		if (form.getDatePrecision() != DatePrecision.MONTH) {
			return super.publishTime(form, now);
		}
		LocalDate day = (form.getPublishAt() != null) ? form.getPublishAt().toLocalDate()
				: LocalDate.ofInstant(now, zone());
		return DatePrecision.MONTH.start(day).atStartOfDay(zone()).toInstant();
	}

	@Override
	protected void applyOwnFields(Article article, ArticleForm form) {
		article.setDatePrecision(form.getDatePrecision());
		article.getCategories().clear();
		article.getCategories().addAll(this.categories.findAllById(form.getCategoryIds()));
		article.getCategories().addAll(newCategories(form.getNewCategories()));
	}

	@Override
	protected void fillOwnFields(ArticleForm form, Article article) {
		form.setDatePrecision(article.getDatePrecision());
		form.setCategoryIds(article.getCategories().stream().map(Category::getId).collect(Collectors.toList()));
	}

	@Override
	protected void snapshotOwnFields(Map<String, String> fields, Article article) {
		fields.put("categories",
				article.getCategories().stream().map(Category::getName).sorted().collect(Collectors.joining(", ")));
		fields.put("datePrecision", article.getDatePrecision().name());
	}

	@Override
	protected void restoreOwnFields(ArticleForm form, Map<String, String> fields) {
		// Revisions older than month precision hold no such field: their dates were
		// exact.
		form.setDatePrecision(DatePrecision.valueOf(fields.getOrDefault("datePrecision", DatePrecision.DAY.name())));
		List<String> names = List.of(fields.getOrDefault("categories", "").split(",\\s*"));
		form.setCategoryIds(this.categories.findAll()
			.stream()
			.filter((category) -> names.contains(category.getName()))
			.map(Category::getId)
			.collect(Collectors.toList()));
	}

	private List<Category> newCategories(String names) {
		List<Category> created = new ArrayList<>();
		if (names == null) {
			return created;
		}
		for (String name : names.split(",")) {
			String clean = name.strip();
			String slug = Slugs.fromTitle(clean);
			if (!slug.isEmpty()) {
				created.add(this.categories.findBySlug(slug)
					.orElseGet(() -> this.categories.save(new Category(slug, clean))));
			}
		}
		return created;
	}

}
