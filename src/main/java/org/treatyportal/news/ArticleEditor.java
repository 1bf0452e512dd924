package org.treatyportal.news;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.treatyportal.config.PortalProperties;
import org.treatyportal.publishing.ContentRef;
import org.treatyportal.publishing.EditConflictException;
import org.treatyportal.publishing.EditHistory;
import org.treatyportal.publishing.FormRejection;
import org.treatyportal.publishing.HtmlSanitizer;
import org.treatyportal.publishing.PublicationState;
import org.treatyportal.publishing.PublicationStatus;
import org.treatyportal.publishing.Revision;
import org.treatyportal.publishing.Revisions;
import org.treatyportal.publishing.SlugHistory;
import org.treatyportal.publishing.Slugs;
import org.treatyportal.users.User;
import org.treatyportal.users.UserRepository;

/**
 * What editors do to news items and press releases: create, save, publish or schedule,
 * withdraw, put back to draft, delete drafts and restore revisions. Each change checks
 * that nobody saved in between, then writes a revision and an audit entry.
 */
@Service
@Transactional
class ArticleEditor {

	/** Rows per page in the admin list. */
	static final int PAGE_SIZE = 25;

	private static final DateTimeFormatter SNAPSHOT_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final ArticleRepository articles;

	private final CategoryRepository categories;

	private final UserRepository users;

	private final EditHistory history;

	private final Revisions revisions;

	private final SlugHistory slugHistory;

	private final HtmlSanitizer sanitizer;

	private final Clock clock;

	private final ZoneId zone;

	ArticleEditor(ArticleRepository articles, CategoryRepository categories, UserRepository users,
			EditHistory history, Revisions revisions, SlugHistory slugHistory, HtmlSanitizer sanitizer, Clock clock,
			PortalProperties properties) {
		this.articles = articles;
		this.categories = categories;
		this.users = users;
		this.history = history;
		this.revisions = revisions;
		this.slugHistory = slugHistory;
		this.sanitizer = sanitizer;
		this.clock = clock;
		this.zone = properties.timeZone();
	}

	@Transactional(readOnly = true)
	Page<ArticleRow> search(ArticleKind kind, ArticleAdminQuery query, int page) {
		Instant now = this.clock.instant();
		Specification<Article> specification = (root, criteria, builder) -> builder.equal(root.get("kind"), kind);
		if (query.q() != null) {
			String pattern = "%" + query.q().toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
					+ "%";
			specification = specification
				.and((root, criteria, builder) -> builder.like(builder.lower(root.get("title")), pattern, '\\'));
		}
		if (query.authorId() != null) {
			specification = specification
				.and((root, criteria, builder) -> builder.equal(root.get("author").get("id"), query.authorId()));
		}
		if (query.status() != null) {
			specification = specification.and(statusIs(query.status(), now));
		}
		Sort sort = switch (query.sort()) {
			case CHANGED_NEWEST -> Sort.by(Sort.Order.desc("updatedAt"), Sort.Order.desc("id"));
			case CHANGED_OLDEST -> Sort.by(Sort.Order.asc("updatedAt"), Sort.Order.asc("id"));
			case PUBLISHED_NEWEST -> Sort.by(Sort.Order.desc("publication.publishAt").nullsLast(), Sort.Order.desc("id"));
		};
		PageRequest pageable = PageRequest.of(page, PAGE_SIZE, sort);
		if (pageable.getOffset() > Integer.MAX_VALUE) {
			return Page.empty(pageable);
		}
		return this.articles.findAll(specification, pageable).map((article) -> row(article, now));
	}

	private static Specification<Article> statusIs(PublicationStatus status, Instant now) {
		return (root, criteria, builder) -> {
			var state = root.get("publication").get("state");
			var publishAt = root.get("publication").<Instant>get("publishAt");
			return switch (status) {
				case DRAFT -> builder.equal(state, PublicationState.DRAFT);
				case WITHDRAWN -> builder.equal(state, PublicationState.WITHDRAWN);
				case SCHEDULED -> builder.and(builder.equal(state, PublicationState.PUBLISHED),
						builder.greaterThan(publishAt, now));
				case PUBLISHED -> builder.and(builder.equal(state, PublicationState.PUBLISHED),
						builder.lessThanOrEqualTo(publishAt, now));
			};
		};
	}

	private ArticleRow row(Article article, Instant now) {
		return new ArticleRow(article.getId(), article.getTitle(), article.getPublication().statusAt(now),
				zoned(article.getPublication().getPublishAt()), name(article.getAuthor()),
				zoned(article.getUpdatedAt()), name(article.getUpdatedBy()), publicUrl(article));
	}

	@Transactional(readOnly = true)
	Optional<Article> find(ArticleKind kind, long id) {
		return this.articles.findForEditing(kind, id);
	}

	@Transactional(readOnly = true)
	List<Category> allCategories() {
		return this.categories.findAll(Sort.by("name"));
	}

	@Transactional(readOnly = true)
	List<User> authors() {
		return this.users.findAll(Sort.by("displayName"));
	}

	/** The form filled with the article as saved. */
	ArticleForm formFor(Article article) {
		ArticleForm form = new ArticleForm();
		form.setTitle(article.getTitle());
		form.setSlug(article.getSlug());
		form.setSummary(article.getSummary());
		form.setBody(article.getBody());
		form.setCategoryIds(article.getCategories().stream().map(Category::getId).collect(Collectors.toList()));
		Instant publishAt = article.getPublication().getPublishAt();
		form.setPublishAt((publishAt != null) ? LocalDateTime.ofInstant(publishAt, this.zone) : null);
		form.setVersion(article.getVersion());
		return form;
	}

	/** Creates an article from the form, as a draft or published (scheduled if due later). */
	Article create(ArticleKind kind, ArticleForm form, boolean publish) {
		Instant now = this.clock.instant();
		String slug = slugFor(kind, form, null);
		Article article = new Article(kind, slug, form.getTitle().strip(), now);
		article.setAuthor(currentUser());
		apply(article, form, now);
		if (publish) {
			article.getPublication().publish(publishTime(form, now));
		}
		this.articles.saveAndFlush(article);
		record(article, form.getNote(), publish ? publishAction(article, now) : "CREATE");
		return article;
	}

	/** Saves the form over the article, refusing it if someone saved in between. */
	Article update(ArticleKind kind, long id, ArticleForm form, boolean publish) {
		Article article = this.articles.findForEditing(kind, id).orElseThrow();
		ContentRef content = content(article);
		this.history.requireCurrent(content, form.getVersion(), form.getConfirmOverwrite(), article.getVersion(),
				fields(article));
		Instant now = this.clock.instant();
		String oldSlug = article.getSlug();
		String slug = slugFor(kind, form, article.getId());
		article.setSlug(slug);
		apply(article, form, now);
		if (publish) {
			article.getPublication().publish(publishTime(form, now));
		}
		else if (article.getPublication().getState() == PublicationState.PUBLISHED && form.getPublishAt() != null) {
			article.getPublication().publish(form.getPublishAt().atZone(this.zone).toInstant());
		}
		this.articles.saveAndFlush(article);
		this.slugHistory.renamed(content, oldSlug, slug);
		record(article, form.getNote(), publish ? publishAction(article, now) : "SAVE");
		return article;
	}

	/** Takes a published article off the site: its address answers 410 Gone. */
	Article withdraw(ArticleKind kind, long id, long version) {
		Article article = this.articles.findForEditing(kind, id).orElseThrow();
		this.history.requireCurrent(content(article), version, null, article.getVersion(), fields(article));
		article.getPublication().withdraw();
		touch(article);
		this.history.changed(content(article), "WITHDRAW", article.getTitle());
		return article;
	}

	/** Puts a published, scheduled or withdrawn article back to draft. */
	Article backToDraft(ArticleKind kind, long id, long version) {
		Article article = this.articles.findForEditing(kind, id).orElseThrow();
		this.history.requireCurrent(content(article), version, null, article.getVersion(), fields(article));
		article.getPublication().backToDraft();
		touch(article);
		this.history.changed(content(article), "BACK_TO_DRAFT", article.getTitle());
		return article;
	}

	/** Deletes a draft with its history; anything ever published is withdrawn instead. */
	void delete(ArticleKind kind, long id) {
		Article article = this.articles.findForEditing(kind, id).orElseThrow();
		if (article.getPublication().getState() != PublicationState.DRAFT
				|| article.getPublication().getFirstPublishedAt() != null) {
			throw new FormRejection("state", "editorial.delete.onlyDrafts");
		}
		ContentRef content = content(article);
		this.history.changed(content, "DELETE", article.getTitle());
		this.revisions.deleteAll(content);
		this.slugHistory.forget(content);
		this.articles.delete(article);
	}

	/** Saves the fields of an old revision as a new revision. */
	Article restore(ArticleKind kind, long id, int number) {
		Article article = this.articles.findForEditing(kind, id).orElseThrow();
		ContentRef content = content(article);
		Revision revision = this.revisions.find(content, number).orElseThrow();
		ArticleForm form = formFor(article);
		Map<String, String> fields = revision.getFields();
		form.setTitle(fields.getOrDefault("title", article.getTitle()));
		form.setSlug(fields.getOrDefault("slug", article.getSlug()));
		form.setSummary(fields.getOrDefault("summary", ""));
		form.setBody(fields.getOrDefault("body", ""));
		form.setCategoryIds(categoryIdsNamed(fields.getOrDefault("categories", "")));
		form.setNote("Restored revision " + number);
		Article restored = update(kind, id, form, false);
		return restored;
	}

	/** What changed since the given version, for a save that lost a race. */
	@Transactional(readOnly = true)
	EditConflictException conflict(Article article, long formVersion) {
		return this.history.conflict(content(article), formVersion, article.getVersion(), fields(article));
	}

	PublicationStatus status(Article article) {
		return article.getPublication().statusAt(this.clock.instant());
	}

	/** An unsaved article built from the form, for the preview. */
	Article draftFrom(ArticleKind kind, ArticleForm form) {
		Instant now = this.clock.instant();
		Article article = new Article(kind, Optional.ofNullable(form.getSlug()).orElse(""),
				Optional.ofNullable(form.getTitle()).orElse(""), now);
		article.setSummary(Optional.ofNullable(form.getSummary()).orElse(""));
		article.setBody(this.sanitizer.sanitize(form.getBody()));
		article.getCategories().addAll(this.categories.findAllById(form.getCategoryIds()));
		article.getPublication().publish(publishTime(form, now));
		return article;
	}

	/** The editable fields of an article as a revision stores them, in form order. */
	Map<String, String> fields(Article article) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("title", article.getTitle());
		fields.put("slug", article.getSlug());
		fields.put("summary", article.getSummary());
		fields.put("body", article.getBody());
		fields.put("categories",
				article.getCategories().stream().map(Category::getName).sorted().collect(Collectors.joining(", ")));
		Instant publishAt = article.getPublication().getPublishAt();
		fields.put("publishAt", (publishAt != null) ? SNAPSHOT_TIME.format(publishAt.atZone(this.zone)) : "");
		return fields;
	}

	ContentRef content(Article article) {
		return new ContentRef(article.getKind().contentType(), article.getId());
	}

	String publicUrl(Article article) {
		return "/" + article.getKind().path() + "/" + article.getSlug();
	}

	private void apply(Article article, ArticleForm form, Instant now) {
		article.setTitle(form.getTitle().strip());
		article.setSummary(Optional.ofNullable(form.getSummary()).map(String::strip).orElse(""));
		String body = this.sanitizer.sanitize(form.getBody());
		List<String> withoutAlt = this.sanitizer.imagesWithoutAlt(body);
		if (!withoutAlt.isEmpty()) {
			throw new FormRejection("body", "editorial.body.imageWithoutAlt", withoutAlt.get(0));
		}
		article.setBody(body);
		article.getCategories().clear();
		article.getCategories().addAll(this.categories.findAllById(form.getCategoryIds()));
		article.getCategories().addAll(newCategories(form.getNewCategories()));
		article.setUpdatedAt(now);
		article.setUpdatedBy(currentUser());
	}

	private List<Category> newCategories(String names) {
		List<Category> created = new ArrayList<>();
		if (names == null) {
			return created;
		}
		for (String name : names.split(",")) {
			String clean = name.strip();
			String slug = Slugs.fromTitle(clean);
			if (slug.isEmpty()) {
				continue;
			}
			created.add(this.categories.findBySlug(slug).orElseGet(() -> this.categories.save(new Category(slug, clean))));
		}
		return created;
	}

	private List<Long> categoryIdsNamed(String names) {
		List<String> wanted = List.of(names.split(",\\s*"));
		return this.categories.findAll().stream().filter((category) -> wanted.contains(category.getName()))
			.map(Category::getId).collect(Collectors.toList());
	}

	private String slugFor(ArticleKind kind, ArticleForm form, Long id) {
		String slug = (form.getSlug() == null || form.getSlug().isBlank()) ? Slugs.fromTitle(form.getTitle())
				: form.getSlug().strip();
		if (slug.isEmpty()) {
			throw new FormRejection("slug", "editorial.slug.required");
		}
		boolean taken = (id != null) ? this.articles.existsByKindAndSlugAndIdNot(kind, slug, id)
				: this.articles.existsByKindAndSlug(kind, slug);
		if (taken) {
			throw new FormRejection("slug", "editorial.slug.taken", slug);
		}
		return slug;
	}

	private Instant publishTime(ArticleForm form, Instant now) {
		return (form.getPublishAt() != null) ? form.getPublishAt().atZone(this.zone).toInstant() : now;
	}

	private String publishAction(Article article, Instant now) {
		return article.getPublication().isVisibleAt(now) ? "PUBLISH" : "SCHEDULE";
	}

	private void touch(Article article) {
		article.setUpdatedAt(this.clock.instant());
		article.setUpdatedBy(currentUser());
		this.articles.saveAndFlush(article);
	}

	private void record(Article article, String note, String action) {
		this.history.saved(content(article), article.getVersion(), fields(article), note, action, article.getTitle());
	}

	private User currentUser() {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		return (authentication != null) ? this.users.findByEmail(authentication.getName()).orElse(null) : null;
	}

	private ZonedDateTime zoned(Instant instant) {
		return (instant != null) ? instant.atZone(this.zone) : null;
	}

	private static String name(User user) {
		return (user != null) ? user.getDisplayName() : "";
	}

}
