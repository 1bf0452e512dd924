package org.treatyportal.treaties;

import java.util.List;

import jakarta.validation.Valid;
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

import org.treatyportal.revisions.FormSubmission;
import org.treatyportal.revisions.RevisionScreens;
import org.treatyportal.web.NavigationSection;

/**
 * The admins' screens for treaties ({@code /admin/treaties}): the list, a treaty's
 * details with the table of States' records, and its revision history. A treaty's address
 * is its number ({@code /admin/treaties/185}), as on the public side; the internal ids of
 * the first addresses are numbers too, so they are not redirected: an id that is no
 * treaty's number is not found.
 */
@Controller
@RequestMapping("/admin/treaties")
@NavigationSection("treaties")
class TreatyAdminController {

	/** A treaty's number in an address: digits that fit an {@code int}. */
	static final String NUMBER = "/{number:\\d{1,9}}";

	private final TreatyEditor editor;

	private final TreatyService treaties;

	TreatyAdminController(TreatyEditor editor, TreatyService treaties) {
		this.editor = editor;
		this.treaties = treaties;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("summaries", this.treaties.summaries());
		return "treaties/admin/list";
	}

	@GetMapping("/new")
	String newTreaty(@ModelAttribute("form") TreatyForm form, Model model) {
		return form(model, null);
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") TreatyForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		return new FormSubmission<Treaty>(binding, model, (treaty) -> form(model, treaty))
			.create(() -> this.editor.create(form), (treaty) -> saved(redirect, treaty));
	}

	@GetMapping(NUMBER)
	String edit(@PathVariable int number, @RequestParam(required = false) String q, Model model) {
		Treaty treaty = find(number);
		model.addAttribute("form", this.editor.formFor(treaty));
		model.addAttribute("q", q);
		return form(model, treaty);
	}

	@PostMapping(NUMBER)
	String update(@PathVariable int number, @Valid @ModelAttribute("form") TreatyForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		return new FormSubmission<Treaty>(binding, model, (treaty) -> form(model, treaty)).update(this.editor,
				form.getVersion(), () -> find(number), (treaty) -> this.editor.update(treaty, form),
				(treaty) -> saved(redirect, treaty));
	}

	@GetMapping(NUMBER + "/revisions")
	String revisions(@PathVariable int number, @RequestParam(required = false) Integer from,
			@RequestParam(required = false) Integer to, Model model) {
		Treaty treaty = find(number);
		model.addAttribute("listUrl", "/admin/treaties");
		model.addAttribute("listKey", "treaties.admin.title");
		return RevisionScreens.show(model, this.editor, treaty, from, to, AdminPaths.treaty(treaty));
	}

	@PostMapping(NUMBER + "/revisions/{revision}/restore")
	String restore(@PathVariable int number, @PathVariable int revision, RedirectAttributes redirect) {
		Treaty treaty = find(number);
		return RevisionScreens.restore(redirect, this.editor, treaty, revision, AdminPaths.treaty(treaty));
	}

	private Treaty find(int number) {
		return this.editor.find(number).orElseThrow();
	}

	private String form(Model model, Treaty treaty) {
		model.addAttribute("treaty", treaty);
		if (model.getAttribute("form") instanceof TreatyForm form) {
			this.editor.addMissingLanguages(form, treaty);
		}
		if (treaty != null) {
			List<RecordLine> records = this.editor.records(treaty);
			model.addAttribute("records", RecordLine.matching(records, (String) model.getAttribute("q")));
			model.addAttribute("recordCount", records.size());
		}
		return "treaties/admin/form";
	}

	private static String saved(RedirectAttributes redirect, Treaty treaty) {
		redirect.addFlashAttribute("success", "treaties.admin.saved");
		return "redirect:" + AdminPaths.treaty(treaty);
	}

}
