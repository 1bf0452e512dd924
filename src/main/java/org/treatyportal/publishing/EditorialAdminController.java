package org.treatyportal.publishing;

import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

import jakarta.validation.Valid;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import org.treatyportal.web.Pagination;

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

	protected EditorialAdminController(AuthorRepository authors) {
		this.authors = authors;
	}

	/** The workflow of the type. */
	protected abstract EditorialWorkflow<E, F> workflow();

	/** The item with this id, of this type. */
	protected abstract Optional<E> find(EditorialType type, long id);

	/** A new, unsaved item of this type. */
	protected abstract E newItem(EditorialType type);

	/** One page of items of this type that match the specification. */
	protected abstract Page<E> search(EditorialType type, Specification<E> specification, Pageable pageable);

	/** Puts what the type's public page template needs into the model, for a preview. */
	protected abstract String preview(E item, Model model);

	/** Adds what the type's own form fields need (choices of categories, ...). */
	protected void addFormChoices(EditorialType type, Model model) {
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
			@RequestParam Map<String, String> parameters, Model model) {
		if (page < 1) {
			throw new NoSuchElementException("page " + page);
		}
		EditorialQuery query = new EditorialQuery(q, status, author, sort);
		ListFilter<E> own = listFilter(type, parameters, model);
		PageRequest pageable = PageRequest.of(page - 1, PAGE_SIZE, EditorialSearch.sort(query));
		Page<E> items = (pageable.getOffset() > Integer.MAX_VALUE) ? Page.empty(pageable)
				: search(type, EditorialSearch.<E>matching(query, workflow().now()).and(own.specification()), pageable);
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
	String newForm(@ModelAttribute("type") EditorialType type, Model model) {
		return showForm(type, null, model);
	}

	@PostMapping
	String create(@ModelAttribute("type") EditorialType type, @Valid @ModelAttribute("form") F form,
			BindingResult binding, @RequestParam(defaultValue = "save") String action, Model model,
			RedirectAttributes redirect) {
		if (binding.hasErrors()) {
			return showForm(type, null, model);
		}
		try {
			E item = workflow().create(newItem(type), form, "publish".equals(action));
			return saved(type, item, redirect);
		}
		catch (FormRejection rejection) {
			binding.rejectValue(rejection.getField(), rejection.getCode(), rejection.getArguments(), null);
			return showForm(type, null, model);
		}
	}

	@GetMapping("/{id}")
	String edit(@ModelAttribute("type") EditorialType type, @PathVariable long id, Model model) {
		E item = find(type, id).orElseThrow();
		model.addAttribute("form", workflow().formFor(item));
		return showForm(type, item, model);
	}

	@PostMapping("/{id}")
	String update(@ModelAttribute("type") EditorialType type, @PathVariable long id,
			@Valid @ModelAttribute("form") F form, BindingResult binding,
			@RequestParam(defaultValue = "save") String action, Model model, RedirectAttributes redirect) {
		E current = find(type, id).orElseThrow();
		if (binding.hasErrors()) {
			return showForm(type, current, model);
		}
		try {
			E item = workflow().update(current, form, "publish".equals(action));
			return saved(type, item, redirect);
		}
		catch (FormRejection rejection) {
			binding.rejectValue(rejection.getField(), rejection.getCode(), rejection.getArguments(), null);
			return showForm(type, find(type, id).orElseThrow(), model);
		}
		catch (EditConflictException conflict) {
			model.addAttribute("conflict", conflict);
			return showForm(type, find(type, id).orElseThrow(), model);
		}
		catch (OptimisticLockingFailureException raced) {
			E now = find(type, id).orElseThrow();
			model.addAttribute("conflict", workflow().conflict(now, form.getVersion()));
			return showForm(type, now, model);
		}
	}

	@PostMapping("/preview")
	String previewUnsaved(@ModelAttribute("type") EditorialType type, @ModelAttribute("form") F form, Model model) {
		model.addAttribute("preview", true);
		return preview(workflow().preview(newItem(type), form), model);
	}

	@GetMapping("/{id}/preview")
	String previewSaved(@ModelAttribute("type") EditorialType type, @PathVariable long id, Model model) {
		model.addAttribute("preview", true);
		return preview(find(type, id).orElseThrow(), model);
	}

	@PostMapping("/{id}/withdraw")
	String withdraw(@ModelAttribute("type") EditorialType type, @PathVariable long id, @RequestParam long version,
			RedirectAttributes redirect) {
		E item = find(type, id).orElseThrow();
		return stateChange(type, id, redirect, "editorial.withdrawn", () -> workflow().withdraw(item, version));
	}

	@PostMapping("/{id}/draft")
	String backToDraft(@ModelAttribute("type") EditorialType type, @PathVariable long id, @RequestParam long version,
			RedirectAttributes redirect) {
		E item = find(type, id).orElseThrow();
		return stateChange(type, id, redirect, "editorial.backToDraft", () -> workflow().backToDraft(item, version));
	}

	@GetMapping("/{id}/delete")
	String confirmDelete(@ModelAttribute("type") EditorialType type, @PathVariable long id, Model model) {
		model.addAttribute("item", find(type, id).orElseThrow());
		return "editorial/delete";
	}

	@PostMapping("/{id}/delete")
	String delete(@ModelAttribute("type") EditorialType type, @PathVariable long id, RedirectAttributes redirect) {
		try {
			workflow().delete(find(type, id).orElseThrow());
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
		E item = find(type, id).orElseThrow();
		var history = workflow().revisions(item);
		model.addAttribute("item", item);
		model.addAttribute("revisions", history);
		if (history.size() > 1) {
			int newer = (to != null) ? to : history.get(0).getNumber();
			int older = (from != null) ? from : history.get(1).getNumber();
			Revision olderRevision = workflow().revision(item, older).orElseThrow();
			Revision newerRevision = workflow().revision(item, newer).orElseThrow();
			model.addAttribute("from", olderRevision);
			model.addAttribute("to", newerRevision);
			model.addAttribute("diff", FieldDiff.between(olderRevision.getFields(), newerRevision.getFields()));
		}
		return "editorial/revisions";
	}

	@PostMapping("/{id}/revisions/{number}/restore")
	String restore(@ModelAttribute("type") EditorialType type, @PathVariable long id, @PathVariable int number,
			RedirectAttributes redirect) {
		E item = workflow().restore(find(type, id).orElseThrow(), number);
		redirect.addFlashAttribute("success", "editorial.restored");
		redirect.addFlashAttribute("successArgs", new Object[] { number });
		return "redirect:" + type.itemPath(item.getId());
	}

	private String showForm(EditorialType type, E item, Model model) {
		model.addAttribute("item", item);
		if (item != null) {
			model.addAttribute("status", workflow().status(item));
			model.addAttribute("publicUrl", workflow().publicUrl(item));
			model.addAttribute("deletable", workflow().isDeletable(item));
			model.addAttribute("attachments", workflow().attachments(item));
		}
		addFormChoices(type, model);
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

	private String saved(EditorialType type, E item, RedirectAttributes redirect) {
		redirect.addFlashAttribute("success", "editorial.saved");
		return "redirect:" + type.itemPath(item.getId());
	}

	private EditorialRow row(E item) {
		var zone = workflow().zone();
		return new EditorialRow(item.getId(), item.getTitle(), workflow().status(item),
				Optional.ofNullable(item.getPublication().getPublishAt()).map((at) -> at.atZone(zone)).orElse(null),
				name(item.getAuthor()), item.getUpdatedAt().atZone(zone), name(item.getUpdatedBy()),
				workflow().publicUrl(item));
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
