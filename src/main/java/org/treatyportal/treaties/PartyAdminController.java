package org.treatyportal.treaties;

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
 * The admins' screens for States' records under a treaty
 * ({@code /admin/treaties/{number}/parties/{iso2}}): signature, ratification, accession
 * or succession, the record's statements, and its revision history.
 */
@Controller
@RequestMapping("/admin/treaties" + TreatyAdminController.NUMBER + "/parties")
@NavigationSection("treaties")
class PartyAdminController {

	/** A State's ISO code in an address, in either case. */
	static final String CODE = "/{code:[A-Za-z]{2}}";

	private final PartyEditor editor;

	private final TreatyEditor treaties;

	private final StatementEditor statements;

	PartyAdminController(PartyEditor editor, TreatyEditor treaties, StatementEditor statements) {
		this.editor = editor;
		this.treaties = treaties;
		this.statements = statements;
	}

	@GetMapping("/new")
	String newParty(@PathVariable int number, @ModelAttribute("form") PartyForm form, Model model) {
		return form(model, this.treaties.find(number).orElseThrow(), null);
	}

	@PostMapping
	String create(@PathVariable int number, @Valid @ModelAttribute("form") PartyForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		Treaty treaty = this.treaties.find(number).orElseThrow();
		return new FormSubmission<TreatyParty>(binding, model, (party) -> form(model, treaty, party))
			.create(() -> this.editor.create(treaty, form), (party) -> saved(redirect, party));
	}

	@GetMapping(CODE)
	String edit(@PathVariable int number, @PathVariable String code, Model model) {
		TreatyParty party = find(number, code);
		model.addAttribute("form", this.editor.formFor(party));
		return form(model, party.getTreaty(), party);
	}

	@PostMapping(CODE)
	String update(@PathVariable int number, @PathVariable String code, @Valid @ModelAttribute("form") PartyForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		// A record's State never changes: the form keeps the record's, whatever was
		// posted.
		form.setCountryCode(find(number, code).getCountryCode());
		return new FormSubmission<TreatyParty>(binding, model, (party) -> form(model, party.getTreaty(), party)).update(
				this.editor, form.getVersion(), () -> find(number, code), (party) -> this.editor.update(party, form),
				(party) -> saved(redirect, party));
	}

	@PostMapping(CODE + "/delete")
	String delete(@PathVariable int number, @PathVariable String code, RedirectAttributes redirect) {
		TreatyParty party = find(number, code);
		this.editor.delete(party);
		redirect.addFlashAttribute("success", "treaties.admin.deleted");
		return "redirect:" + AdminPaths.treaty(party.getTreaty());
	}

	@GetMapping(CODE + "/revisions")
	String revisions(@PathVariable int number, @PathVariable String code, @RequestParam(required = false) Integer from,
			@RequestParam(required = false) Integer to, Model model) {
		TreatyParty party = find(number, code);
		model.addAttribute("listUrl", AdminPaths.treaty(party.getTreaty()));
		model.addAttribute("listLabel", party.getTreaty().getReference());
		return RevisionScreens.show(model, this.editor, party, from, to, AdminPaths.party(party));
	}

	@PostMapping(CODE + "/revisions/{revision}/restore")
	String restore(@PathVariable int number, @PathVariable String code, @PathVariable int revision,
			RedirectAttributes redirect) {
		TreatyParty party = find(number, code);
		return RevisionScreens.restore(redirect, this.editor, party, revision, AdminPaths.party(party));
	}

	private TreatyParty find(int number, String code) {
		return this.editor.find(number, code).orElseThrow();
	}

	private String form(Model model, Treaty treaty, TreatyParty party) {
		model.addAttribute("treaty", treaty);
		model.addAttribute("party", party);
		model.addAttribute("countries", this.editor.countries());
		model.addAttribute("consentKinds", ConsentKind.values());
		if (party != null) {
			model.addAttribute("countryName", this.editor.countryName(party.getCountryCode()));
			model.addAttribute("partyUrl", AdminPaths.party(party));
			model.addAttribute("statements", this.statements.of(party));
			model.addAttribute("computedEntryIntoForce", EntryIntoForce.forParty(party.getConsentDate(),
					treaty.getMonthsAfterDeposit(), treaty.getEntryIntoForce()));
		}
		return "treaties/admin/party";
	}

	private static String saved(RedirectAttributes redirect, TreatyParty party) {
		redirect.addFlashAttribute("success", "treaties.admin.saved");
		return "redirect:" + AdminPaths.party(party);
	}

}
