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
 * The admins' screens for the statements in a State's record
 * ({@code /admin/treaties/{id}/parties/{partyId}/statements}): reservations,
 * declarations, territorial applications and the like, and their revision history.
 */
@Controller
@RequestMapping("/admin/treaties/{id}/parties/{partyId}/statements")
@NavigationSection("treaties")
class StatementAdminController {

	private final StatementEditor editor;

	private final PartyEditor parties;

	StatementAdminController(StatementEditor editor, PartyEditor parties) {
		this.editor = editor;
		this.parties = parties;
	}

	@GetMapping("/new")
	String newStatement(@PathVariable long id, @PathVariable long partyId, @ModelAttribute("form") StatementForm form,
			Model model) {
		return form(model, party(id, partyId), null);
	}

	@PostMapping
	String create(@PathVariable long id, @PathVariable long partyId, @Valid @ModelAttribute("form") StatementForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		TreatyParty party = party(id, partyId);
		return new FormSubmission<TreatyStatement>(binding, model, (statement) -> form(model, party, statement)).create(
				() -> this.editor.create(new TreatyStatement(party), form),
				(statement) -> saved(redirect, id, partyId));
	}

	@GetMapping("/{statementId}")
	String edit(@PathVariable long id, @PathVariable long partyId, @PathVariable long statementId, Model model) {
		TreatyStatement statement = find(id, partyId, statementId);
		model.addAttribute("form", this.editor.formFor(statement));
		return form(model, statement.getParty(), statement);
	}

	@PostMapping("/{statementId}")
	String update(@PathVariable long id, @PathVariable long partyId, @PathVariable long statementId,
			@Valid @ModelAttribute("form") StatementForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		return new FormSubmission<TreatyStatement>(binding, model,
				(statement) -> form(model, statement.getParty(), statement))
			.update(this.editor, form.getVersion(), () -> find(id, partyId, statementId),
					(statement) -> this.editor.update(statement, form), (statement) -> saved(redirect, id, partyId));
	}

	@PostMapping("/{statementId}/delete")
	String delete(@PathVariable long id, @PathVariable long partyId, @PathVariable long statementId,
			RedirectAttributes redirect) {
		this.editor.delete(find(id, partyId, statementId));
		redirect.addFlashAttribute("success", "treaties.admin.deleted");
		return "redirect:" + PartyAdminController.url(id, partyId);
	}

	@GetMapping("/{statementId}/revisions")
	String revisions(@PathVariable long id, @PathVariable long partyId, @PathVariable long statementId,
			@RequestParam(required = false) Integer from, @RequestParam(required = false) Integer to, Model model) {
		TreatyStatement statement = find(id, partyId, statementId);
		model.addAttribute("listUrl", PartyAdminController.url(id, partyId));
		model.addAttribute("listLabel", this.parties.label(statement.getParty()));
		return RevisionScreens.show(model, this.editor, statement, from, to, url(id, partyId, statementId));
	}

	@PostMapping("/{statementId}/revisions/{number}/restore")
	String restore(@PathVariable long id, @PathVariable long partyId, @PathVariable long statementId,
			@PathVariable int number, RedirectAttributes redirect) {
		return RevisionScreens.restore(redirect, this.editor, find(id, partyId, statementId), number,
				url(id, partyId, statementId));
	}

	private TreatyParty party(long id, long partyId) {
		return this.parties.find(id, partyId).orElseThrow();
	}

	private TreatyStatement find(long id, long partyId, long statementId) {
		return this.editor.find(id, partyId, statementId).orElseThrow();
	}

	private String form(Model model, TreatyParty party, TreatyStatement statement) {
		model.addAttribute("treaty", party.getTreaty());
		model.addAttribute("party", party);
		model.addAttribute("countryName", this.parties.countryName(party.getCountryCode()));
		model.addAttribute("statement", statement);
		model.addAttribute("statementKinds", StatementKind.values());
		if (model.getAttribute("form") instanceof StatementForm form) {
			this.editor.addMissingLanguages(form, statement);
		}
		return "treaties/admin/statement";
	}

	private static String saved(RedirectAttributes redirect, long id, long partyId) {
		redirect.addFlashAttribute("success", "treaties.admin.saved");
		return "redirect:" + PartyAdminController.url(id, partyId);
	}

	private static String url(long id, long partyId, long statementId) {
		return PartyAdminController.url(id, partyId) + "/statements/" + statementId;
	}

}
