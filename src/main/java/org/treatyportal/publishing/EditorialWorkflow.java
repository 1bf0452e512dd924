package org.treatyportal.publishing;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.Table;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

import org.treatyportal.files.FileUpload;
import org.treatyportal.files.UploadPolicy;
import org.treatyportal.files.UploadRejectedException;
import org.treatyportal.revisions.ContentRef;
import org.treatyportal.revisions.FormRejection;
import org.treatyportal.revisions.RevisionedEditor;

/**
 * The editorial life of one content type, written once: create, save, publish or
 * schedule, withdraw, back to draft, delete drafts, restore revisions, and the form
 * mapping they share. Every change refuses a stale form, sanitises the rich text, keeps
 * old slugs, and records a revision and an audit entry. A form carries the item in every
 * language of the site (ADR 18): the original and its translations are saved together, as
 * one version with one revision. A content type extends it and fills in what is its own
 * (its extra fields, its repository, its address).
 * <p>
 * It is longer than most files on purpose: every step of a save (stale check, uploads,
 * slug, sanitising, publication state, slug history, attachments, revision) is here in
 * the order it runs, so that no content type can run them in another order.
 *
 * @param <E> the entity
 * @param <F> its form
 */
@Transactional
public abstract class EditorialWorkflow<E extends EditableContent, F extends EditorialForm>
		extends RevisionedEditor<E, F> {

	private static final DateTimeFormatter SNAPSHOT_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	protected final EditorialServices services;

	private final ContentRepository<E> repository;

	protected EditorialWorkflow(EditorialServices services, ContentRepository<E> repository) {
		super(services.history());
		this.services = services;
		this.repository = repository;
	}

	/** A new, unsaved item of the type. */
	public abstract E newItem(EditorialType type);

	/** The item with this id, if it is of the type. */
	@Transactional(readOnly = true)
	public Optional<E> find(EditorialType type, long id) {
		return this.repository.findForEditing(id).filter((item) -> isOf(item, type)).map(this::withTranslations);
	}

	/** The item with its translations loaded, for screens shown after the transaction. */
	private E withTranslations(E item) {
		item.languages();
		return item;
	}

	/** One page of the items of the type that match the specification. */
	@Transactional(readOnly = true)
	public Page<E> search(EditorialType type, Specification<E> specification, Pageable pageable) {
		return this.repository.findAll(ofType(type).and(specification), pageable).map(this::withTranslations);
	}

	/**
	 * The items with a translation that may be out of date: the original's text changed
	 * after it was saved or confirmed ({@link TextFingerprint#sql}).
	 * @param type the content type, whose new item names its table
	 */
	@Transactional(readOnly = true)
	public Specification<E> withTranslationOutOfDate(EditorialType type) {
		Table table = newItem(type).getClass().getAnnotation(Table.class);
		String name = table.name();
		if (!name.matches("[a-z_]+")) {
			throw new IllegalStateException("Unexpected table name " + name);
		}
		List<Long> ids = this.services.jdbc()
			.queryForList(
					"select distinct t." + name + "_id from " + name + "_translation t join " + name + " i on i.id = t."
							+ name + "_id where t.based_on <> " + TextFingerprint.sql("i.title", "i.summary", "i.body"),
					Long.class);
		return (root, query, builder) -> ids.isEmpty() ? builder.disjunction() : root.get("id").in(ids);
	}

	/**
	 * Where one table holds several types (news items and press releases), whether the
	 * item is of this one; by default the table holds one type.
	 */
	protected boolean isOf(E item, EditorialType type) {
		return true;
	}

	/** The items of the type, where one table holds several; by default all. */
	protected Specification<E> ofType(EditorialType type) {
		return Specification.unrestricted();
	}

	@Override
	protected E saveItem(E item) {
		return this.repository.saveAndFlush(item);
	}

	protected void deleteItem(E item) {
		this.repository.delete(item);
	}

	/**
	 * Whether another item of the same type already has this slug, in any language: as
	 * its original's slug or as one of its translations'.
	 */
	protected boolean slugTaken(E item, String slug) {
		Specification<E> other = (item.getId() != null)
				? (root, query, builder) -> builder.notEqual(root.get("id"), item.getId())
				: Specification.unrestricted();
		Specification<E> anyLanguage = (root, query, builder) -> {
			var subquery = query.subquery(Integer.class);
			var translated = subquery.correlate(root);
			var translation = translated.joinMap("translations");
			subquery.select(builder.literal(1)).where(builder.equal(translation.value().get("slug"), slug));
			return builder.or(builder.equal(root.get("slug"), slug), builder.exists(subquery));
		};
		return this.repository.exists(sameTypeAs(item).and(other).and(anyLanguage));
	}

	/**
	 * The items of the same type as this one, where one table holds several (news items
	 * and press releases); by default all.
	 */
	protected Specification<E> sameTypeAs(E item) {
		return Specification.unrestricted();
	}

	/** The item's public address. */
	public abstract String publicUrl(E item);

	/** An empty form for a new item. */
	public abstract F newForm();

	/** Copies the type's own form fields onto the item (after the common ones). */
	protected abstract void applyOwnFields(E item, F form);

	/** Fills the type's own form fields from the item. */
	protected abstract void fillOwnFields(F form, E item);

	/** Adds the type's own fields to a revision snapshot, in form order. */
	protected abstract void snapshotOwnFields(Map<String, String> fields, E item);

	/** Sets the type's own form fields from a revision snapshot, to restore it. */
	protected abstract void restoreOwnFields(F form, Map<String, String> fields);

	@Override
	public String label(E item) {
		return item.getTitle();
	}

	/** The form filled with the item as saved. */
	@Override
	public F formFor(E item) {
		F form = newForm();
		form.setTitle(item.getTitle());
		form.setSlug(item.getSlug());
		form.setSummary(item.getSummary());
		form.setBody(item.getBody());
		Instant publishAt = item.getPublication().getPublishAt();
		form.setPublishAt((publishAt != null) ? LocalDateTime.ofInstant(publishAt, zone()) : null);
		form.setVersion(item.getVersion());
		form.setLanguage(item.getLanguage());
		for (String language : otherLanguages(item)) {
			TranslationForm translation = form.translation(language);
			item.translation(language).ifPresent((saved) -> {
				translation.setTitle(saved.getTitle());
				translation.setSlug(saved.getSlug());
				translation.setSummary(saved.getSummary());
				translation.setBody(saved.getBody());
			});
		}
		fillOwnFields(form, item);
		return form;
	}

	/** The site's languages other than the item's original, in the site's order. */
	public List<String> otherLanguages(E item) {
		return this.services.languages()
			.all()
			.stream()
			.filter((language) -> !language.equals(item.getLanguage()))
			.toList();
	}

	/**
	 * Saves a new item from the form, as a draft or published (scheduled if due later).
	 * @param item the new, unsaved item of the right kind
	 */
	public E create(E item, F form, boolean publish) {
		List<FileUpload> uploads = checkedUploads(form);
		Instant now = now();
		item.setAuthor(currentUser());
		item.setLanguage(originalLanguage(form));
		item.setSlug(slugFor(item, form));
		apply(item, form);
		if (publish) {
			item.getPublication().publish(publishTime(form, now));
		}
		E saved = saveItem(item);
		attach(saved, uploads);
		record(saved, form.getNote(), publish ? publishAction(saved, now) : "CREATE");
		return saved;
	}

	/** Saves a new item from the form as a draft. */
	@Override
	public E create(E item, F form) {
		return create(item, form, false);
	}

	/**
	 * Saves the form over the item, refusing it if someone saved since the form was
	 * opened.
	 */
	public E update(E item, F form, boolean publish) {
		return update(item, form, publish, null);
	}

	/** Saves the form over the item, which stays in its state. */
	@Override
	protected E save(E item, F form, String action) {
		return update(item, form, false, action);
	}

	private E update(E item, F form, boolean publish, String action) {
		ContentRef content = content(item);
		requireCurrent(item, form);
		List<FileUpload> uploads = checkedUploads(form);
		Instant now = now();
		String oldSlug = item.getSlug();
		Map<String, String> oldSlugs = translationSlugs(item);
		item.setSlug(slugFor(item, form));
		apply(item, form);
		if (publish) {
			item.getPublication().publish(publishTime(form, now));
		}
		else if (item.getPublication().getState() == PublicationState.PUBLISHED && form.getPublishAt() != null) {
			item.getPublication().publish(publishTime(form, now));
		}
		E saved = saveItem(item);
		this.services.slugHistory().renamed(content, saved.getLanguage(), oldSlug, saved.getSlug());
		recordTranslationSlugs(saved, oldSlugs);
		this.services.attachments().remove(content, form.getRemoveAttachments());
		attach(saved, uploads);
		String done = (action != null) ? action : (publish ? publishAction(saved, now) : "SAVE");
		record(saved, form.getNote(), done);
		return saved;
	}

	/** Takes the item off the site: its address answers 410 Gone. */
	public E withdraw(E item, long version) {
		return changeState(item, version, "WITHDRAW", () -> item.getPublication().withdraw());
	}

	/** Puts a published, scheduled or withdrawn item back to draft. */
	public E backToDraft(E item, long version) {
		return changeState(item, version, "BACK_TO_DRAFT", () -> item.getPublication().backToDraft());
	}

	/**
	 * Deletes a draft that was never published, with its history; others must be
	 * withdrawn.
	 */
	public void delete(E item) {
		if (!isDeletable(item)) {
			throw new FormRejection("state", "editorial.delete.onlyDrafts");
		}
		ContentRef content = content(item);
		forget(item);
		this.services.slugHistory().forget(content);
		this.services.attachments().removeAll(content);
		deleteItem(item);
	}

	/** Whether the item is a draft that was never published. */
	public boolean isDeletable(E item) {
		return item.getPublication().getState() == PublicationState.DRAFT
				&& item.getPublication().getFirstPublishedAt() == null;
	}

	/** The text of every item is rich text. */
	@Override
	protected Set<String> richTextFields() {
		return Set.of("body");
	}

	@Override
	protected void restoreFields(F form, Map<String, String> fields) {
		form.setTitle(fields.getOrDefault("title", form.getTitle()));
		form.setSlug(fields.getOrDefault("slug", form.getSlug()));
		form.setSummary(fields.getOrDefault("summary", ""));
		form.setBody(fields.getOrDefault("body", ""));
		for (Map.Entry<String, TranslationForm> entry : form.getTranslations().entrySet()) {
			String language = entry.getKey();
			// A revision from before translations existed says nothing of them: the
			// translation stays as it is.
			if (fields.containsKey(key("title", language))) {
				TranslationForm translation = entry.getValue();
				translation.setTitle(fields.get(key("title", language)));
				translation.setSlug(fields.getOrDefault(key("slug", language), ""));
				translation.setSummary(fields.getOrDefault(key("summary", language), ""));
				translation.setBody(fields.getOrDefault(key("body", language), ""));
			}
		}
		restoreOwnFields(form, fields);
	}

	/**
	 * The key under which a revision stores a field of one language's version:
	 * {@code title [fr]}.
	 */
	public static String key(String field, String language) {
		return field + " [" + language + "]";
	}

	/**
	 * Applies the form to an item without saving it, for a preview of unsaved changes.
	 * @param item a new, unsaved item of the right kind
	 */
	public E preview(E item, F form) {
		Instant now = now();
		item.setTitle(Objects.requireNonNullElse(form.getTitle(), ""));
		item.setSlug(Objects.requireNonNullElse(form.getSlug(), ""));
		item.setSummary(Objects.requireNonNullElse(form.getSummary(), ""));
		item.setBody(this.services.sanitizer().sanitize(form.getBody()));
		if (form.getLanguage() != null && this.services.languages().isSupported(form.getLanguage())) {
			item.setLanguage(form.getLanguage());
		}
		for (String language : otherLanguages(item)) {
			TranslationForm translation = form.getTranslations().get(language);
			if (translation != null && !translation.isLeftOut()) {
				String title = translation.getTitle().strip();
				String slug = (translation.getSlug() == null || translation.getSlug().isBlank())
						? Slugs.fromTitle(title) : translation.getSlug().strip();
				item.translate(language, slug, title, clean(translation.getSummary()),
						this.services.sanitizer().sanitize(translation.getBody()), now);
			}
		}
		applyOwnFields(item, form);
		item.getPublication().publish(publishTime(form, now));
		return item;
	}

	/**
	 * Turns an unsaved item (a preview's) into its version in one language: that
	 * language's text becomes the one it shows first, the original one of its
	 * translations. Nothing changes when it has no version in that language: the page
	 * then shows the original, as visitors would see it.
	 */
	public E showIn(E item, String language) {
		if (item.getId() != null) {
			throw new IllegalArgumentException("Only an unsaved copy is shown in another language");
		}
		LanguageText text = item.in(language);
		if (text.isFallback() || language.equals(item.getLanguage())) {
			return item;
		}
		LanguageText original = item.in(item.getLanguage());
		item.removeTranslation(language);
		item.setLanguage(language);
		item.setSlug(text.slug());
		item.setTitle(text.title());
		item.setSummary(text.summary());
		item.setBody(text.body());
		item.translate(original.language(), original.slug(), original.title(), original.summary(), original.body(),
				now());
		return item;
	}

	public PublicationStatus status(E item) {
		return item.getPublication().statusAt(now());
	}

	/** The editable fields as a revision stores them, in form order. */
	@Override
	public Map<String, String> fields(E item) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("title", item.getTitle());
		fields.put("slug", item.getSlug());
		fields.put("summary", item.getSummary());
		fields.put("body", item.getBody());
		for (String language : otherLanguages(item)) {
			Optional<Translation> translation = item.translation(language);
			fields.put(key("title", language), translation.map(Translation::getTitle).orElse(""));
			fields.put(key("slug", language), translation.map(Translation::getSlug).orElse(""));
			fields.put(key("summary", language), translation.map(Translation::getSummary).orElse(""));
			fields.put(key("body", language), translation.map(Translation::getBody).orElse(""));
		}
		snapshotOwnFields(fields, item);
		if (item.getId() != null) {
			fields.put("attachments",
					this.services.attachments()
						.list(content(item))
						.stream()
						.map(AttachmentView::name)
						.collect(Collectors.joining(", ")));
		}
		Instant publishAt = item.getPublication().getPublishAt();
		fields.put("publishAt", (publishAt != null) ? SNAPSHOT_TIME.format(publishAt.atZone(zone())) : "");
		return fields;
	}

	/** Now, by the site's clock. */
	public Instant now() {
		return this.services.clock().instant();
	}

	protected ZoneId zone() {
		return this.services.properties().timeZone();
	}

	protected Author currentUser() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return (authentication != null) ? this.services.authors().findByEmail(authentication.getName()).orElse(null)
				: null;
	}

	@Override
	protected void apply(E item, F form) {
		item.setTitle(form.getTitle().strip());
		item.setSummary((form.getSummary() != null) ? form.getSummary().strip() : "");
		String body = this.services.sanitizer().sanitize(form.getBody());
		List<String> withoutAlt = this.services.sanitizer().imagesWithoutAlt(body);
		if (!withoutAlt.isEmpty()) {
			throw new FormRejection("body", "editorial.body.imageWithoutAlt", withoutAlt.get(0));
		}
		item.setBody(body);
		applyTranslations(item, form);
		applyOwnFields(item, form);
		item.markUpdated(now(), currentUser());
	}

	/**
	 * Applies each language the form carries, after the original (a changed translation
	 * follows the original as it now stands): a language with a title is saved, with its
	 * slug from its title when empty, its rich text sanitised and its images described;
	 * one without is left out, removed if it existed. A language the form does not carry
	 * stays as it is.
	 */
	private void applyTranslations(E item, F form) {
		form.getTranslations().forEach((language, translation) -> {
			// A new item written in another language than the default still sends that
			// language's (empty) tab: it is the original now, and left alone.
			boolean original = language.equals(item.getLanguage()) && translation.isLeftOut();
			if (!original
					&& (!this.services.languages().isSupported(language) || language.equals(item.getLanguage()))) {
				throw new FormRejection("translations", "editorial.language.unknown", language);
			}
		});
		for (String language : otherLanguages(item)) {
			TranslationForm translation = form.getTranslations().get(language);
			if (translation == null) {
				continue;
			}
			if (translation.isLeftOut()) {
				item.removeTranslation(language);
				continue;
			}
			String field = "translations[" + language + "].";
			String title = translation.getTitle().strip();
			String slug = (translation.getSlug() == null || translation.getSlug().isBlank()) ? Slugs.fromTitle(title)
					: translation.getSlug().strip();
			if (slug.isEmpty()) {
				throw new FormRejection(field + "slug", "editorial.slug.required");
			}
			if (slugTaken(item, slug)) {
				throw new FormRejection(field + "slug", "editorial.slug.taken", slug);
			}
			String body = this.services.sanitizer().sanitize(translation.getBody());
			List<String> withoutAlt = this.services.sanitizer().imagesWithoutAlt(body);
			if (!withoutAlt.isEmpty()) {
				throw new FormRejection(field + "body", "editorial.body.imageWithoutAlt", withoutAlt.get(0));
			}
			item.translate(language, slug, title, clean(translation.getSummary()), body, now());
			if (translation.isConfirmed()) {
				item.confirmTranslation(language);
			}
		}
	}

	/** The original's language a new item's form chose, or the site's default. */
	private String originalLanguage(F form) {
		String language = form.getLanguage();
		if (language == null || language.isBlank()) {
			return this.services.languages().defaultLanguage();
		}
		if (!this.services.languages().isSupported(language)) {
			throw new FormRejection("language", "editorial.language.unknown", language);
		}
		return language;
	}

	private Map<String, String> translationSlugs(E item) {
		Map<String, String> slugs = new LinkedHashMap<>();
		for (String language : otherLanguages(item)) {
			item.translation(language).ifPresent((translation) -> slugs.put(language, translation.getSlug()));
		}
		return slugs;
	}

	/**
	 * Records renamed translations in slug history; a removed translation's old slug
	 * leads to the item, whose page in that language now shows the original.
	 */
	private void recordTranslationSlugs(E item, Map<String, String> oldSlugs) {
		ContentRef content = content(item);
		oldSlugs.forEach((language, oldSlug) -> {
			String now = item.translation(language).map(Translation::getSlug).orElse(item.getSlug());
			this.services.slugHistory().renamed(content, language, oldSlug, now);
		});
	}

	/** The item's attachments, in order. */
	@Transactional(readOnly = true)
	public List<AttachmentView> attachments(E item) {
		return (item.getId() != null) ? this.services.attachments().list(content(item)) : List.of();
	}

	private void attach(E item, List<FileUpload> uploads) {
		this.services.attachments().attach(content(item), uploads);
		for (FileUpload upload : uploads) {
			recordChange(item, "UPLOAD", upload.originalName());
		}
	}

	private List<FileUpload> checkedUploads(F form) {
		List<FileUpload> checked = new ArrayList<>();
		for (MultipartFile file : form.getUploads()) {
			if (file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isEmpty())) {
				continue;
			}
			try {
				checked.add(this.services.uploads().validate(file, UploadPolicy.ATTACHMENTS));
			}
			catch (UploadRejectedException rejected) {
				throw new FormRejection("uploads", rejected.getCode(), rejected.getArguments());
			}
		}
		return checked;
	}

	private String slugFor(E item, F form) {
		String slug = (form.getSlug() == null || form.getSlug().isBlank()) ? Slugs.fromTitle(form.getTitle())
				: form.getSlug().strip();
		if (slug.isEmpty()) {
			throw new FormRejection("slug", "editorial.slug.required");
		}
		if (slugTaken(item, slug)) {
			throw new FormRejection("slug", "editorial.slug.taken", slug);
		}
		return slug;
	}

	private E changeState(E item, long version, String action, Runnable change) {
		requireCurrent(item, version, null);
		change.run();
		item.markUpdated(now(), currentUser());
		E saved = saveItem(item);
		recordChange(saved, action, null);
		return saved;
	}

	/**
	 * When the form publishes the item: "Publish at" in the site's zone, or now. A type
	 * whose dates may be less precise (news known only to the month) moves it.
	 */
	protected Instant publishTime(F form, Instant now) {
		return (form.getPublishAt() != null) ? form.getPublishAt().atZone(zone()).toInstant() : now;
	}

	private String publishAction(E item, Instant now) {
		return item.getPublication().isVisibleAt(now) ? "PUBLISH" : "SCHEDULE";
	}

}
