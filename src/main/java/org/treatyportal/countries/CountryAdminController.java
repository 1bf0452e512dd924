package org.treatyportal.countries;

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
import org.treatyportal.treaties.RecordLine;
import org.treatyportal.treaties.TreatyService;

/**
 * The admins' screens for countries ({@code /admin/countries}): the list, a country's
 * name, region, membership, profile and restricted contacts, its treaty records (each
 * linked to its form), and its revision history. A country's address is its ISO code, as
 * on the public side ({@code /admin/countries/fr}).
 */
@Controller
@RequestMapping("/admin/countries")
class CountryAdminController {

	private final CountryEditor editor;

	private final TreatyService treaties;

	CountryAdminController(CountryEditor editor, TreatyService treaties) {
		this.editor = editor;
		this.treaties = treaties;
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
		return new FormSubmission<Country>(binding, model, (country) -> form(model, country)).update(this.editor,
				form.getVersion(), () -> find(code), (country) -> this.editor.update(country, form), (country) -> {
					redirect.addFlashAttribute("success", "treaties.admin.saved");
					return "redirect:" + url(country);
				});
	}

	@GetMapping("/{code:[A-Za-z]{2}}/revisions")
	String revisions(@PathVariable String code, @RequestParam(required = false) Integer from,
			@RequestParam(required = false) Integer to, Model model) {
		Country country = find(code);
		model.addAttribute("listUrl", "/admin/countries");
		model.addAttribute("listKey", "countries.admin.title");
		return RevisionScreens.show(model, this.editor, country, from, to, url(country));
	}

	@PostMapping("/{code:[A-Za-z]{2}}/revisions/{number}/restore")
	String restore(@PathVariable String code, @PathVariable int number, RedirectAttributes redirect) {
		Country country = find(code);
		return RevisionScreens.restore(redirect, this.editor, country, number, url(country));
	}

	private Country find(String code) {
		return this.editor.find(code).orElseThrow();
	}

	private static String url(Country country) {
		return "/admin/countries/" + country.getSlug();
	}

	private String form(Model model, Country country) {
		model.addAttribute("country", country);
		model.addAttribute("regions", Region.values());
		if (model.getAttribute("form") instanceof CountryForm form) {
			this.editor.addMissingLanguages(form, country);
		}
		List<RecordLine> records = this.treaties.recordsOf(country.getCode());
		model.addAttribute("records", records);
		List<Integer> recorded = records.stream().map(RecordLine::treatyNumber).toList();
		model.addAttribute("unrecordedTreaties",
				this.treaties.all().stream().filter((treaty) -> !recorded.contains(treaty.getNumber())).toList());
		return "countries/admin/form";
	}

}
