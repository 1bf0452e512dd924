package org.treatyportal.treaties;

import java.util.stream.Collectors;

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
import org.treatyportal.states.StateName;
import org.treatyportal.web.NavigationSection;

/**
 * The admins' screens for treaties ({@code /admin/treaties}): the list, a treaty's
 * details with the table of States' records, and its revision history.
 */
@Controller
@RequestMapping("/admin/treaties")
@NavigationSection("treaties")
class TreatyAdminController {

	private final TreatyEditor editor;

	private final PartyEditor parties;

	private final TreatyService treaties;

	TreatyAdminController(TreatyEditor editor, PartyEditor parties, TreatyService treaties) {
		this.editor = editor;
		this.parties = parties;
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

	@GetMapping("/{id}")
	String edit(@PathVariable long id, Model model) {
		Treaty treaty = find(id);
		model.addAttribute("form", this.editor.formFor(treaty));
		return form(model, treaty);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") TreatyForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		return new FormSubmission<Treaty>(binding, model, (treaty) -> form(model, treaty)).update(this.editor,
				form.getVersion(), () -> find(id), (treaty) -> this.editor.update(treaty, form),
				(treaty) -> saved(redirect, treaty));
	}

	@GetMapping("/{id}/revisions")
	String revisions(@PathVariable long id, @RequestParam(required = false) Integer from,
			@RequestParam(required = false) Integer to, Model model) {
		model.addAttribute("listUrl", "/admin/treaties");
		model.addAttribute("listKey", "treaties.admin.title");
		return RevisionScreens.show(model, this.editor, find(id), from, to, url(id));
	}

	@PostMapping("/{id}/revisions/{number}/restore")
	String restore(@PathVariable long id, @PathVariable int number, RedirectAttributes redirect) {
		return RevisionScreens.restore(redirect, this.editor, find(id), number, url(id));
	}

	private Treaty find(long id) {
		return this.editor.find(id).orElseThrow();
	}

	private String form(Model model, Treaty treaty) {
		model.addAttribute("treaty", treaty);
		if (model.getAttribute("form") instanceof TreatyForm form) {
			this.editor.addMissingLanguages(form, treaty);
		}
		if (treaty != null) {
			model.addAttribute("parties", this.editor.parties(treaty));
			model.addAttribute("countryNames",
					this.parties.countries().stream().collect(Collectors.toMap(StateName::code, StateName::name)));
		}
		return "treaties/admin/form";
	}

	private static String saved(RedirectAttributes redirect, Treaty treaty) {
		redirect.addFlashAttribute("success", "treaties.admin.saved");
		return "redirect:" + url(treaty.getId());
	}

	static String url(long id) {
		return "/admin/treaties/" + id;
	}

}
