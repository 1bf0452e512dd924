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
 * ({@code /admin/treaties/{id}/parties}): signature, ratification, accession or
 * succession, the record's statements, and its revision history.
 */
@Controller
@RequestMapping("/admin/treaties/{id}/parties")
@NavigationSection("treaties")
class PartyAdminController {

	private final PartyEditor editor;

	private final TreatyEditor treaties;

	private final StatementEditor statements;

	PartyAdminController(PartyEditor editor, TreatyEditor treaties, StatementEditor statements) {
		this.editor = editor;
		this.treaties = treaties;
		this.statements = statements;
	}

	@GetMapping("/new")
	String newParty(@PathVariable long id, @ModelAttribute("form") PartyForm form, Model model) {
		return form(model, this.treaties.find(id).orElseThrow(), null);
	}

	@PostMapping
	String create(@PathVariable long id, @Valid @ModelAttribute("form") PartyForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		Treaty treaty = this.treaties.find(id).orElseThrow();
		return new FormSubmission<TreatyParty>(binding, model, (party) -> form(model, treaty, party))
			.create(() -> this.editor.create(id, form), (party) -> saved(redirect, party));
	}

	@GetMapping("/{partyId}")
	String edit(@PathVariable long id, @PathVariable long partyId, Model model) {
		TreatyParty party = find(id, partyId);
		model.addAttribute("form", this.editor.formFor(party));
		return form(model, party.getTreaty(), party);
	}

	@PostMapping("/{partyId}")
	String update(@PathVariable long id, @PathVariable long partyId, @Valid @ModelAttribute("form") PartyForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		// A record's State never changes: the form keeps the record's, whatever was
		// posted.
		form.setCountryCode(find(id, partyId).getCountryCode());
		return new FormSubmission<TreatyParty>(binding, model, (party) -> form(model, party.getTreaty(), party)).update(
				this.editor, form.getVersion(), () -> find(id, partyId), (party) -> this.editor.update(party, form),
				(party) -> saved(redirect, party));
	}

	@PostMapping("/{partyId}/delete")
	String delete(@PathVariable long id, @PathVariable long partyId, RedirectAttributes redirect) {
		this.editor.delete(find(id, partyId));
		redirect.addFlashAttribute("success", "treaties.admin.deleted");
		return "redirect:" + TreatyAdminController.url(id);
	}

	@GetMapping("/{partyId}/revisions")
	String revisions(@PathVariable long id, @PathVariable long partyId, @RequestParam(required = false) Integer from,
			@RequestParam(required = false) Integer to, Model model) {
		TreatyParty party = find(id, partyId);
		model.addAttribute("listUrl", TreatyAdminController.url(id));
		model.addAttribute("listLabel", party.getTreaty().getReference());
		return RevisionScreens.show(model, this.editor, party, from, to, url(id, partyId));
	}

	@PostMapping("/{partyId}/revisions/{number}/restore")
	String restore(@PathVariable long id, @PathVariable long partyId, @PathVariable int number,
			RedirectAttributes redirect) {
		return RevisionScreens.restore(redirect, this.editor, find(id, partyId), number, url(id, partyId));
	}

	private TreatyParty find(long id, long partyId) {
		return this.editor.find(id, partyId).orElseThrow();
	}

	private String form(Model model, Treaty treaty, TreatyParty party) {
		model.addAttribute("treaty", treaty);
		model.addAttribute("party", party);
		model.addAttribute("countries", this.editor.countries());
		model.addAttribute("consentKinds", ConsentKind.values());
		if (party != null) {
			model.addAttribute("countryName", this.editor.countryName(party.getCountryCode()));
			model.addAttribute("statements", this.statements.of(party));
			model.addAttribute("computedEntryIntoForce", EntryIntoForce.forParty(party.getConsentDate(),
					treaty.getMonthsAfterDeposit(), treaty.getEntryIntoForce()));
		}
		return "treaties/admin/party";
	}

	private static String saved(RedirectAttributes redirect, TreatyParty party) {
		redirect.addFlashAttribute("success", "treaties.admin.saved");
		return "redirect:" + url(party.getTreaty().getId(), party.getId());
	}

	static String url(long id, long partyId) {
		return TreatyAdminController.url(id) + "/parties/" + partyId;
	}

}
