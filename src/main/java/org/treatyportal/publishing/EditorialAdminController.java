package org.treatyportal.publishing;

import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Validator;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import org.treatyportal.revisions.EditConflictException;
import org.treatyportal.revisions.FormRejection;
import org.treatyportal.revisions.FormSubmission;
import org.treatyportal.revisions.RevisionScreens;
import org.treatyportal.web.Languages;
import org.treatyportal.web.LocalDates;
import org.treatyportal.web.Pagination;
import org.treatyportal.web.SiteIdentity;

/**
 * The editors' screens of one content type, written once: the list with search and
 * filters, the form, preview, publish and schedule, withdraw, back to draft, delete, and
 * the revision history. A content type's admin controller extends it, maps it under its
 * admin path, and supplies a {@code type} model attribute and the lookups below.
 *
 * @param <E> the entity
 * @param <F> its form
 */
public abstract class EditorialAdminController<E extends EditableContent, F extends EditorialForm> {

	/** Rows per page in admin lists. */
	public static final int PAGE_SIZE = 25;

	private final AuthorRepository authors;

	private Languages languages;

	protected EditorialAdminController(AuthorRepository authors) {
		this.authors = authors;
	}

	@Autowired
	void setLanguages(Languages languages) {
		this.languages = languages;
	}

	/** The workflow of the type. */
	protected abstract EditorialWorkflow<E, F> workflow();

	/** Puts what the type's public page template needs into the model, for a preview. */
	protected abstract String preview(E item, Model model);

	/**
	 * Adds what the type's own form fields need (choices of categories, ...).
	 * @param form the form as shown, with what the user typed
	 * @param item the item as saved, or {@code null} for a new one
	 */
	protected void addFormChoices(EditorialType type, F form, E item, Model model) {
	}

	/** The type's own checks of its form beyond its annotations; none by default. */
	protected Validator formValidator() {
		return null;
	}

	@InitBinder("form")
	void formValidation(WebDataBinder binder) {
		Validator validator = formValidator();
		if (validator != null && binder.getTarget() != null && validator.supports(binder.getTarget().getClass())) {
			binder.addValidators(validator);
		}
	}

	/**
	 * The type's own filters of its admin list, read from the request's parameters, with
	 * what its {@code ownFilters} fragment needs put into the model. None by default.
	 * @param parameters the request's parameters (the first value of each)
	 */
	protected ListFilter<E> listFilter(EditorialType type, Map<String, String> parameters, Model model) {
		return ListFilter.none();
	}

	@ModelAttribute("form")
	F form() {
		return workflow().newForm();
	}

	@GetMapping
	String list(@ModelAttribute("type") EditorialType type, @RequestParam(required = false) String q,
			@RequestParam(required = false) PublicationStatus status, @RequestParam(required = false) Long author,
			@RequestParam(required = false) EditorialQuery.Sort sort, @RequestParam(defaultValue = "1") int page,
			@RequestParam(defaultValue = "false") boolean outOfDate, @RequestParam Map<String, String> parameters,
			Model model) {
		if (page < 1) {
			throw new NoSuchElementException("page " + page);
		}
		EditorialQuery query = new EditorialQuery(q, status, author, sort);
		ListFilter<E> typeFilter = listFilter(type, parameters, model);
		ListFilter<E> own = !outOfDate ? typeFilter : typeFilter
			.and(new ListFilter<>(workflow().withTranslationOutOfDate(type), Map.of("outOfDate", "true")));
		model.addAttribute("outOfDate", outOfDate);
		PageRequest pageable = PageRequest.of(page - 1, PAGE_SIZE, EditorialSearch.sort(query));
		Page<E> items = (pageable.getOffset() > Integer.MAX_VALUE) ? Page.empty(pageable) : workflow().search(type,
				EditorialSearch.<E>matching(query, workflow().now()).and(own.specification()), pageable);
		Page<EditorialRow> rows = items.map(this::row);
		model.addAttribute("query", query);
		model.addAttribute("rows", rows);
		model.addAttribute("pagination", Pagination.of(rows, (number) -> listUrl(type, query, own, number)));
		model.addAttribute("authors", this.authors.findAll(Sort.by("displayName")));
		model.addAttribute("statuses", PublicationStatus.values());
		model.addAttribute("sorts", EditorialQuery.Sort.values());
		return "editorial/list";
	}

	@GetMapping("/new")
	String newForm(@ModelAttribute("type") EditorialType type, @ModelAttribute("form") F form, Model model) {
		return showForm(type, form, null, model);
	}

	@PostMapping
	String create(@ModelAttribute("type") EditorialType type, @Valid @ModelAttribute("form") F form,
			BindingResult binding, @RequestParam(defaultValue = "save") String action, Model model,
			RedirectAttributes redirect) {
		return new FormSubmission<E>(binding, model, (item) -> showForm(type, form, item, model)).create(
				() -> workflow().create(workflow().newItem(type), form, "publish".equals(action)),
				(item) -> saved(type, item, redirect));
	}

	@GetMapping("/{id}")
	String edit(@ModelAttribute("type") EditorialType type, @PathVariable long id, Model model) {
		E item = workflow().find(type, id).orElseThrow();
		F form = workflow().formFor(item);
		model.addAttribute("form", form);
		return showForm(type, form, item, model);
	}

	@PostMapping("/{id}")
	String update(@ModelAttribute("type") EditorialType type, @PathVariable long id,
			@Valid @ModelAttribute("form") F form, BindingResult binding,
			@RequestParam(defaultValue = "save") String action, Model model, RedirectAttributes redirect) {
		return new FormSubmission<E>(binding, model, (item) -> showForm(type, form, item, model)).update(workflow(),
				form.getVersion(), () -> workflow().find(type, id).orElseThrow(),
				(item) -> workflow().update(item, form, "publish".equals(action)),
				(item) -> saved(type, item, redirect));
	}

	/**
	 * The form as it would be published, in one language (the tab's, given by the button
	 * that sent it) or else the original's.
	 */
	@PostMapping("/preview")
	String previewUnsaved(@ModelAttribute("type") EditorialType type, @ModelAttribute("form") F form,
			@RequestParam(required = false) String previewLanguage, Model model, HttpServletRequest request) {
		E item = workflow().preview(workflow().newItem(type), form);
		return previewIn(item, previewLanguage, model, request);
	}

	/** The saved item as it is published, in one language or else the original's. */
	@GetMapping("/{id}/preview")
	String previewSaved(@ModelAttribute("type") EditorialType type, @PathVariable long id,
			@RequestParam(required = false) String language, Model model, HttpServletRequest request) {
		E saved = workflow().find(type, id).orElseThrow();
		if (language == null || language.equals(saved.getLanguage())) {
			return previewIn(saved, null, model, request);
		}
		E copy = workflow().preview(workflow().newItem(type), workflow().formFor(saved));
		return previewIn(copy, language, model, request);
	}

	private String previewIn(E item, String language, Model model, HttpServletRequest request) {
		model.addAttribute("preview", true);
		if (language != null && !language.isBlank()) {
			if (!this.languages.isSupported(language)) {
				throw new NoSuchElementException("language " + language);
			}
			workflow().showIn(item, language);
			// The public page's words in that language too, as on its own address.
			request.setAttribute(Languages.ACCOUNT_LANGUAGE, language);
		}
		return preview(item, model);
	}

	@PostMapping("/{id}/withdraw")
	String withdraw(@ModelAttribute("type") EditorialType type, @PathVariable long id, @RequestParam long version,
			RedirectAttributes redirect) {
		E item = workflow().find(type, id).orElseThrow();
		return stateChange(type, id, redirect, "editorial.withdrawn", () -> workflow().withdraw(item, version));
	}

	@PostMapping("/{id}/draft")
	String backToDraft(@ModelAttribute("type") EditorialType type, @PathVariable long id, @RequestParam long version,
			RedirectAttributes redirect) {
		E item = workflow().find(type, id).orElseThrow();
		return stateChange(type, id, redirect, "editorial.backToDraft", () -> workflow().backToDraft(item, version));
	}

	@GetMapping("/{id}/delete")
	String confirmDelete(@ModelAttribute("type") EditorialType type, @PathVariable long id, Model model) {
		model.addAttribute("item", workflow().find(type, id).orElseThrow());
		return "editorial/delete";
	}

	@PostMapping("/{id}/delete")
	String delete(@ModelAttribute("type") EditorialType type, @PathVariable long id, RedirectAttributes redirect) {
		try {
			workflow().delete(workflow().find(type, id).orElseThrow());
			redirect.addFlashAttribute("success", "editorial.deleted");
			return "redirect:" + type.adminPath();
		}
		catch (FormRejection rejection) {
			redirect.addFlashAttribute("failure", rejection.getCode());
			return "redirect:" + type.itemPath(id);
		}
	}

	@GetMapping("/{id}/revisions")
	String revisions(@ModelAttribute("type") EditorialType type, @PathVariable long id,
			@RequestParam(required = false) Integer from, @RequestParam(required = false) Integer to, Model model) {
		model.addAttribute("listUrl", type.adminPath());
		model.addAttribute("listKey", type.nameKey());
		return RevisionScreens.show(model, workflow(), workflow().find(type, id).orElseThrow(), from, to,
				type.itemPath(id));
	}

	@PostMapping("/{id}/revisions/{number}/restore")
	String restore(@ModelAttribute("type") EditorialType type, @PathVariable long id, @PathVariable int number,
			RedirectAttributes redirect) {
		return RevisionScreens.restore(redirect, workflow(), workflow().find(type, id).orElseThrow(), number,
				type.itemPath(id));
	}

	private String showForm(EditorialType type, F form, E item, Model model) {
		model.addAttribute("item", item);
		String original = (item != null) ? item.getLanguage()
				: ((form.getLanguage() != null && this.languages.isSupported(form.getLanguage())) ? form.getLanguage()
						: this.languages.defaultLanguage());
		form.setLanguage(original);
		Map<String, String> states = new LinkedHashMap<>();
		for (String language : this.languages.all()) {
			if (!language.equals(original)) {
				form.translation(language);
				states.put(language, (item == null || item.translation(language).isEmpty()) ? "missing"
						: (item.isOutOfDate(language) ? "outOfDate" : "current"));
			}
		}
		model.addAttribute("languageStates", states);
		if (item != null) {
			model.addAttribute("status", workflow().status(item));
			model.addAttribute("publishAt",
					Optional.ofNullable(item.getPublication().getPublishAt())
						.map((at) -> at.atZone(workflow().zone()))
						.orElse(null));
			model.addAttribute("publicUrl", workflow().publicUrl(item));
			model.addAttribute("deletable", workflow().isDeletable(item));
			model.addAttribute("attachments", workflow().attachments(item));
		}
		addFormChoices(type, form, item, model);
		return "editorial/form";
	}

	private String stateChange(EditorialType type, long id, RedirectAttributes redirect, String message,
			Runnable change) {
		try {
			change.run();
			redirect.addFlashAttribute("success", message);
		}
		catch (EditConflictException | OptimisticLockingFailureException conflict) {
			redirect.addFlashAttribute("failure", "editorial.staleAction");
		}
		return "redirect:" + type.itemPath(id);
	}

	/**
	 * Back to the form, saying where the item now stands: a draft, on the site, or
	 * scheduled for a day and time in the site's zone.
	 */
	private String saved(EditorialType type, E item, RedirectAttributes redirect) {
		Locale locale = LocaleContextHolder.getLocale();
		PublicationStatus status = workflow().status(item);
		redirect.addFlashAttribute("success", "editorial.saved." + status.name());
		if (status == PublicationStatus.SCHEDULED) {
			ZoneId zone = workflow().zone();
			redirect.addFlashAttribute("successArgs",
					new Object[] { LocalDates.dayAndTime(item.getPublication().getPublishAt().atZone(zone), locale),
							SiteIdentity.zoneCity(zone) });
		}
		return "redirect:" + type.itemPath(item.getId());
	}

	private EditorialRow row(E item) {
		var zone = workflow().zone();
		return new EditorialRow(item.getId(), item.getTitle(), workflow().status(item),
				Optional.ofNullable(item.getPublication().getPublishAt()).map((at) -> at.atZone(zone)).orElse(null),
				name(item.getAuthor()), item.getUpdatedAt().atZone(zone), name(item.getUpdatedBy()),
				workflow().publicUrl(item), item.languages(),
				item.languages().stream().filter(item::isOutOfDate).toList());
	}

	private static String name(Author author) {
		return (author != null) ? author.getDisplayName() : "";
	}

	private static String listUrl(EditorialType type, EditorialQuery query, ListFilter<?> own, int page) {
		UriComponentsBuilder url = UriComponentsBuilder.fromPath(type.adminPath());
		own.parameters().forEach(url::queryParam);
		Optional.ofNullable(query.q()).ifPresent((q) -> url.queryParam("q", q));
		Optional.ofNullable(query.status()).ifPresent((status) -> url.queryParam("status", status));
		Optional.ofNullable(query.authorId()).ifPresent((author) -> url.queryParam("author", author));
		if (query.sort() != EditorialQuery.Sort.CHANGED_NEWEST) {
			url.queryParam("sort", query.sort());
		}
		if (page > 1) {
			url.queryParam("page", page);
		}
		return url.encode().build().toUriString();
	}

}
