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
 * ({@code /admin/treaties/{number}/parties/{iso2}/statements}): reservations,
 * declarations, territorial applications and the like, and their revision history.
 */
@Controller
@RequestMapping("/admin/treaties" + TreatyAdminController.NUMBER + "/parties" + PartyAdminController.CODE
		+ "/statements")
@NavigationSection("treaties")
class StatementAdminController {

	private final StatementEditor editor;

	private final PartyEditor parties;

	StatementAdminController(StatementEditor editor, PartyEditor parties) {
		this.editor = editor;
		this.parties = parties;
	}

	@GetMapping("/new")
	String newStatement(@PathVariable int number, @PathVariable String code, @ModelAttribute("form") StatementForm form,
			Model model) {
		return form(model, party(number, code), null);
	}

	@PostMapping
	String create(@PathVariable int number, @PathVariable String code,
			@Valid @ModelAttribute("form") StatementForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		TreatyParty party = party(number, code);
		return new FormSubmission<TreatyStatement>(binding, model, (statement) -> form(model, party, statement))
			.create(() -> this.editor.create(new TreatyStatement(party), form), (statement) -> saved(redirect, party));
	}

	@GetMapping("/{statementId}")
	String edit(@PathVariable int number, @PathVariable String code, @PathVariable long statementId, Model model) {
		TreatyStatement statement = find(number, code, statementId);
		model.addAttribute("form", this.editor.formFor(statement));
		return form(model, statement.getParty(), statement);
	}

	@PostMapping("/{statementId}")
	String update(@PathVariable int number, @PathVariable String code, @PathVariable long statementId,
			@Valid @ModelAttribute("form") StatementForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		return new FormSubmission<TreatyStatement>(binding, model,
				(statement) -> form(model, statement.getParty(), statement))
			.update(this.editor, form.getVersion(), () -> find(number, code, statementId),
					(statement) -> this.editor.update(statement, form),
					(statement) -> saved(redirect, statement.getParty()));
	}

	@PostMapping("/{statementId}/delete")
	String delete(@PathVariable int number, @PathVariable String code, @PathVariable long statementId,
			RedirectAttributes redirect) {
		TreatyStatement statement = find(number, code, statementId);
		this.editor.delete(statement);
		redirect.addFlashAttribute("success", "treaties.admin.deleted");
		return "redirect:" + AdminPaths.party(statement.getParty());
	}

	@GetMapping("/{statementId}/revisions")
	String revisions(@PathVariable int number, @PathVariable String code, @PathVariable long statementId,
			@RequestParam(required = false) Integer from, @RequestParam(required = false) Integer to, Model model) {
		TreatyStatement statement = find(number, code, statementId);
		model.addAttribute("listUrl", AdminPaths.party(statement.getParty()));
		model.addAttribute("listLabel", this.parties.label(statement.getParty()));
		return RevisionScreens.show(model, this.editor, statement, from, to, AdminPaths.statement(statement));
	}

	@PostMapping("/{statementId}/revisions/{revision}/restore")
	String restore(@PathVariable int number, @PathVariable String code, @PathVariable long statementId,
			@PathVariable int revision, RedirectAttributes redirect) {
		TreatyStatement statement = find(number, code, statementId);
		return RevisionScreens.restore(redirect, this.editor, statement, revision, AdminPaths.statement(statement));
	}

	private TreatyParty party(int number, String code) {
		return this.parties.find(number, code).orElseThrow();
	}

	private TreatyStatement find(int number, String code, long statementId) {
		return this.editor.find(party(number, code), statementId).orElseThrow();
	}

	private String form(Model model, TreatyParty party, TreatyStatement statement) {
		model.addAttribute("treaty", party.getTreaty());
		model.addAttribute("party", party);
		model.addAttribute("partyUrl", AdminPaths.party(party));
		model.addAttribute("countryName", this.parties.countryName(party.getCountryCode()));
		model.addAttribute("statement", statement);
		model.addAttribute("statementKinds", StatementKind.values());
		if (model.getAttribute("form") instanceof StatementForm form) {
			this.editor.addMissingLanguages(form, statement);
		}
		return "treaties/admin/statement";
	}

	private static String saved(RedirectAttributes redirect, TreatyParty party) {
		redirect.addFlashAttribute("success", "treaties.admin.saved");
		return "redirect:" + AdminPaths.party(party);
	}

}
