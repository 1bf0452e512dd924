package org.treatyportal.news;

import java.util.List;
import java.util.NoSuchElementException;

import jakarta.validation.Valid;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import org.treatyportal.publishing.EditConflictException;
import org.treatyportal.publishing.FieldDiff;
import org.treatyportal.publishing.FormRejection;
import org.treatyportal.publishing.PublicationStatus;
import org.treatyportal.publishing.Revision;
import org.treatyportal.publishing.Revisions;
import org.treatyportal.web.Pagination;

/**
 * The editors' screens for news items ({@code /admin/news}) and press releases
 * ({@code /admin/press-releases}): list, write, preview, publish, schedule, withdraw,
 * delete drafts, and the revision history.
 */
@Controller
@RequestMapping("/admin/{kind:news|press-releases}")
class ArticleAdminController {

	private final ArticleEditor editor;

	private final ArticleService articles;

	private final Revisions revisions;

	ArticleAdminController(ArticleEditor editor, ArticleService articles, Revisions revisions) {
		this.editor = editor;
		this.articles = articles;
		this.revisions = revisions;
	}

	@ModelAttribute("kind")
	ArticleKind kind(@PathVariable("kind") String path) {
		return ArticleKind.fromPath(path);
	}

	@ModelAttribute("section")
	String section(@PathVariable("kind") String path) {
		return path;
	}

	@GetMapping
	String list(@ModelAttribute("kind") ArticleKind kind, @RequestParam(required = false) String q,
			@RequestParam(required = false) PublicationStatus status, @RequestParam(required = false) Long author,
			@RequestParam(required = false) ArticleAdminQuery.Sort sort, @RequestParam(defaultValue = "1") int page,
			Model model) {
		if (page < 1) {
			throw new NoSuchElementException();
		}
		ArticleAdminQuery query = new ArticleAdminQuery(q, status, author, sort);
		Page<ArticleRow> rows = this.editor.search(kind, query, page - 1);
		model.addAttribute("query", query);
		model.addAttribute("rows", rows);
		model.addAttribute("pagination", Pagination.of(rows, (number) -> listUrl(kind, query, number)));
		model.addAttribute("authors", this.editor.authors());
		model.addAttribute("statuses", PublicationStatus.values());
		model.addAttribute("sorts", ArticleAdminQuery.Sort.values());
		return "news/admin/list";
	}

	@GetMapping("/new")
	String newForm(Model model) {
		model.addAttribute("form", new ArticleForm());
		return form(model, null);
	}

	@PostMapping
	String create(@ModelAttribute("kind") ArticleKind kind, @Valid @ModelAttribute("form") ArticleForm form,
			BindingResult binding, @RequestParam(defaultValue = "save") String action, Model model,
			RedirectAttributes redirect) {
		if (binding.hasErrors()) {
			return form(model, null);
		}
		try {
			Article article = this.editor.create(kind, form, "publish".equals(action));
			return savedRedirect(kind, article, redirect);
		}
		catch (FormRejection rejection) {
			binding.rejectValue(rejection.getField(), rejection.getCode(), rejection.getArguments(), null);
			return form(model, null);
		}
	}

	@GetMapping("/{id}")
	String edit(@ModelAttribute("kind") ArticleKind kind, @PathVariable long id, Model model) {
		Article article = this.editor.find(kind, id).orElseThrow();
		model.addAttribute("form", this.editor.formFor(article));
		return form(model, article);
	}

	@PostMapping("/{id}")
	String update(@ModelAttribute("kind") ArticleKind kind, @PathVariable long id,
			@Valid @ModelAttribute("form") ArticleForm form, BindingResult binding,
			@RequestParam(defaultValue = "save") String action, Model model, RedirectAttributes redirect) {
		Article current = this.editor.find(kind, id).orElseThrow();
		if (binding.hasErrors()) {
			return form(model, current);
		}
		try {
			Article article = this.editor.update(kind, id, form, "publish".equals(action));
			return savedRedirect(kind, article, redirect);
		}
		catch (FormRejection rejection) {
			binding.rejectValue(rejection.getField(), rejection.getCode(), rejection.getArguments(), null);
			return form(model, current);
		}
		catch (EditConflictException conflict) {
			model.addAttribute("conflict", conflict);
			return form(model, current);
		}
		catch (OptimisticLockingFailureException raced) {
			Article now = this.editor.find(kind, id).orElseThrow();
			model.addAttribute("conflict", this.editor.conflict(now, form.getVersion()));
			return form(model, now);
		}
	}

	@PostMapping("/preview")
	String preview(@ModelAttribute("kind") ArticleKind kind, @ModelAttribute("form") ArticleForm form, Model model) {
		model.addAttribute("article", this.articles.preview(this.editor.draftFrom(kind, form)));
		model.addAttribute("preview", true);
		return "news/item";
	}

	@GetMapping("/{id}/preview")
	String previewSaved(@ModelAttribute("kind") ArticleKind kind, @PathVariable long id, Model model) {
		model.addAttribute("article", this.articles.preview(this.editor.find(kind, id).orElseThrow()));
		model.addAttribute("preview", true);
		return "news/item";
	}

	@PostMapping("/{id}/withdraw")
	String withdraw(@ModelAttribute("kind") ArticleKind kind, @PathVariable long id, @RequestParam long version,
			RedirectAttributes redirect) {
		return stateChange(kind, id, redirect, "editorial.withdrawn", () -> this.editor.withdraw(kind, id, version));
	}

	@PostMapping("/{id}/draft")
	String backToDraft(@ModelAttribute("kind") ArticleKind kind, @PathVariable long id, @RequestParam long version,
			RedirectAttributes redirect) {
		return stateChange(kind, id, redirect, "editorial.backToDraft", () -> this.editor.backToDraft(kind, id, version));
	}

	@GetMapping("/{id}/delete")
	String confirmDelete(@ModelAttribute("kind") ArticleKind kind, @PathVariable long id, Model model) {
		model.addAttribute("article", this.editor.find(kind, id).orElseThrow());
		return "news/admin/delete";
	}

	@PostMapping("/{id}/delete")
	String delete(@ModelAttribute("kind") ArticleKind kind, @PathVariable long id, RedirectAttributes redirect) {
		try {
			this.editor.delete(kind, id);
			redirect.addFlashAttribute("success", "editorial.deleted");
			return "redirect:/admin/" + kind.path();
		}
		catch (FormRejection rejection) {
			redirect.addFlashAttribute("failure", rejection.getCode());
			return "redirect:/admin/" + kind.path() + "/" + id;
		}
	}

	@GetMapping("/{id}/revisions")
	String revisions(@ModelAttribute("kind") ArticleKind kind, @PathVariable long id,
			@RequestParam(required = false) Integer from, @RequestParam(required = false) Integer to, Model model) {
		Article article = this.editor.find(kind, id).orElseThrow();
		List<Revision> history = this.revisions.list(this.editor.content(article));
		model.addAttribute("article", article);
		model.addAttribute("revisions", history);
		if (history.size() > 1 || (from != null && to != null)) {
			int newer = (to != null) ? to : history.get(0).getNumber();
			int older = (from != null) ? from : history.get(Math.min(1, history.size() - 1)).getNumber();
			Revision olderRevision = this.revisions.find(this.editor.content(article), older).orElseThrow();
			Revision newerRevision = this.revisions.find(this.editor.content(article), newer).orElseThrow();
			model.addAttribute("from", olderRevision);
			model.addAttribute("to", newerRevision);
			model.addAttribute("diff", FieldDiff.between(olderRevision.getFields(), newerRevision.getFields()));
		}
		return "news/admin/revisions";
	}

	@PostMapping("/{id}/revisions/{number}/restore")
	String restore(@ModelAttribute("kind") ArticleKind kind, @PathVariable long id, @PathVariable int number,
			RedirectAttributes redirect) {
		Article article = this.editor.restore(kind, id, number);
		redirect.addFlashAttribute("success", "editorial.restored");
		redirect.addFlashAttribute("successArgs", new Object[] { number });
		return "redirect:/admin/" + kind.path() + "/" + article.getId();
	}

	private String stateChange(ArticleKind kind, long id, RedirectAttributes redirect, String message,
			Runnable change) {
		try {
			change.run();
			redirect.addFlashAttribute("success", message);
		}
		catch (EditConflictException | OptimisticLockingFailureException conflict) {
			redirect.addFlashAttribute("failure", "editorial.staleAction");
		}
		return "redirect:/admin/" + kind.path() + "/" + id;
	}

	private String form(Model model, Article article) {
		model.addAttribute("article", article);
		model.addAttribute("categories", this.editor.allCategories());
		if (article != null) {
			model.addAttribute("status", this.editor.status(article));
			model.addAttribute("publicUrl", this.editor.publicUrl(article));
		}
		return "news/admin/form";
	}

	private String savedRedirect(ArticleKind kind, Article article, RedirectAttributes redirect) {
		redirect.addFlashAttribute("success", "editorial.saved");
		return "redirect:/admin/" + kind.path() + "/" + article.getId();
	}

	private static String listUrl(ArticleKind kind, ArticleAdminQuery query, int page) {
		UriComponentsBuilder url = UriComponentsBuilder.fromPath("/admin/" + kind.path());
		if (query.q() != null) {
			url.queryParam("q", query.q());
		}
		if (query.status() != null) {
			url.queryParam("status", query.status());
		}
		if (query.authorId() != null) {
			url.queryParam("author", query.authorId());
		}
		if (query.sort() != ArticleAdminQuery.Sort.CHANGED_NEWEST) {
			url.queryParam("sort", query.sort());
		}
		if (page > 1) {
			url.queryParam("page", page);
		}
		return url.encode().build().toUriString();
	}

}
