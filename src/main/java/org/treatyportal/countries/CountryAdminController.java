package org.treatyportal.countries;

import java.util.List;

import jakarta.validation.Valid;
import org.springframework.dao.OptimisticLockingFailureException;
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

import org.treatyportal.publishing.EditConflictException;
import org.treatyportal.publishing.FieldDiff;
import org.treatyportal.publishing.FormRejection;
import org.treatyportal.publishing.Revision;
import org.treatyportal.publishing.Revisions;

/**
 * The admins' screens for countries ({@code /admin/countries}): the list, a country's
 * name, region, membership, profile and restricted contacts, and its revision history.
 */
@Controller
@RequestMapping("/admin/countries")
class CountryAdminController {

	private final CountryEditor editor;

	private final Revisions revisions;

	CountryAdminController(CountryEditor editor, Revisions revisions) {
		this.editor = editor;
		this.revisions = revisions;
	}

	@ModelAttribute("section")
	String section() {
		return "countries";
	}

	@GetMapping
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) Region region, Model model) {
		model.addAttribute("q", q);
		model.addAttribute("region", region);
		model.addAttribute("regions", Region.values());
		model.addAttribute("countries", this.editor.search(q, region));
		return "countries/admin/list";
	}

	@GetMapping("/{code:[A-Za-z]{2}}")
	String edit(@PathVariable String code, Model model) {
		Country country = this.editor.find(code).orElseThrow();
		model.addAttribute("form", this.editor.formFor(country));
		return form(model, country);
	}

	@PostMapping("/{code:[A-Za-z]{2}}")
	String update(@PathVariable String code, @Valid @ModelAttribute("form") CountryForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		Country current = this.editor.find(code).orElseThrow();
		if (binding.hasErrors()) {
			return form(model, current);
		}
		try {
			this.editor.update(code, form);
			redirect.addFlashAttribute("success", "treaties.admin.saved");
			return "redirect:/admin/countries/" + current.getSlug();
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
			Country now = this.editor.find(code).orElseThrow();
			model.addAttribute("conflict", this.editor.conflict(now, form.getVersion()));
			return form(model, now);
		}
	}

	@GetMapping("/{code:[A-Za-z]{2}}/revisions")
	String revisions(@PathVariable String code, @RequestParam(required = false) Integer from,
			@RequestParam(required = false) Integer to, Model model) {
		Country country = this.editor.find(code).orElseThrow();
		List<Revision> history = this.revisions.list(this.editor.content(country));
		model.addAttribute("label", country.getName());
		model.addAttribute("backUrl", "/admin/countries/" + country.getSlug());
		model.addAttribute("revisions", history);
		if (history.size() > 1 || (from != null && to != null)) {
			int newer = (to != null) ? to : history.get(0).getNumber();
			int older = (from != null) ? from : history.get(Math.min(1, history.size() - 1)).getNumber();
			Revision olderRevision = this.revisions.find(this.editor.content(country), older).orElseThrow();
			Revision newerRevision = this.revisions.find(this.editor.content(country), newer).orElseThrow();
			model.addAttribute("from", olderRevision);
			model.addAttribute("to", newerRevision);
			model.addAttribute("diff", FieldDiff.between(olderRevision.getFields(), newerRevision.getFields()));
		}
		return "treaties/admin/revisions";
	}

	private String form(Model model, Country country) {
		model.addAttribute("country", country);
		model.addAttribute("regions", Region.values());
		return "countries/admin/form";
	}

}
