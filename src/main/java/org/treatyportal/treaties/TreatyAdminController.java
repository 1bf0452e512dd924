package org.treatyportal.treaties;

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

import org.treatyportal.publishing.ContentRef;
import org.treatyportal.publishing.EditConflictException;
import org.treatyportal.publishing.FieldDiff;
import org.treatyportal.publishing.FormRejection;
import org.treatyportal.publishing.Revision;
import org.treatyportal.publishing.Revisions;

/**
 * The admins' screens for treaties ({@code /admin/treaties}): a treaty's details, the
 * States' records of signature and ratification, their statements, and the revision
 * history of each.
 */
@Controller
@RequestMapping("/admin/treaties")
class TreatyAdminController {

	private final TreatyEditor editor;

	private final TreatyService treaties;

	private final Revisions revisions;

	TreatyAdminController(TreatyEditor editor, TreatyService treaties, Revisions revisions) {
		this.editor = editor;
		this.treaties = treaties;
		this.revisions = revisions;
	}

	@ModelAttribute("section")
	String section() {
		return "treaties";
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("summaries", this.treaties.summaries());
		return "treaties/admin/list";
	}

	// Treaties
	// -----------------------------------------------------------------------------

	@GetMapping("/new")
	String newTreaty(Model model) {
		model.addAttribute("form", new TreatyForm());
		return treatyForm(model, null);
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") TreatyForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		if (binding.hasErrors()) {
			return treatyForm(model, null);
		}
		try {
			Treaty treaty = this.editor.createTreaty(form);
			return saved(redirect, treatyUrl(treaty.getId()));
		}
		catch (FormRejection rejection) {
			reject(binding, rejection);
			return treatyForm(model, null);
		}
	}

	@GetMapping("/{id}")
	String edit(@PathVariable long id, Model model) {
		Treaty treaty = this.editor.findTreaty(id).orElseThrow();
		model.addAttribute("form", this.editor.formFor(treaty));
		return treatyForm(model, treaty);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") TreatyForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		Treaty current = this.editor.findTreaty(id).orElseThrow();
		if (binding.hasErrors()) {
			return treatyForm(model, current);
		}
		try {
			this.editor.updateTreaty(id, form);
			return saved(redirect, treatyUrl(id));
		}
		catch (FormRejection rejection) {
			reject(binding, rejection);
			return treatyForm(model, current);
		}
		catch (EditConflictException conflict) {
			model.addAttribute("conflict", conflict);
			return treatyForm(model, current);
		}
		catch (OptimisticLockingFailureException raced) {
			Treaty now = this.editor.findTreaty(id).orElseThrow();
			model.addAttribute("conflict", this.editor.treatyConflict(now, form.getVersion()));
			return treatyForm(model, now);
		}
	}

	@GetMapping("/{id}/revisions")
	String treatyRevisions(@PathVariable long id, @RequestParam(required = false) Integer from,
			@RequestParam(required = false) Integer to, Model model) {
		Treaty treaty = this.editor.findTreaty(id).orElseThrow();
		return revisions(model, this.editor.content(treaty), from, to, treaty.getReference(), treatyUrl(id));
	}

	// States' records
	// ---------------------------------------------------------------------

	@GetMapping("/{id}/parties/new")
	String newParty(@PathVariable long id, Model model) {
		Treaty treaty = this.editor.findTreaty(id).orElseThrow();
		model.addAttribute("form", new PartyForm());
		return partyForm(model, treaty, null);
	}

	@PostMapping("/{id}/parties")
	String createParty(@PathVariable long id, @Valid @ModelAttribute("form") PartyForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		Treaty treaty = this.editor.findTreaty(id).orElseThrow();
		if (binding.hasErrors()) {
			return partyForm(model, treaty, null);
		}
		try {
			TreatyParty party = this.editor.createParty(id, form);
			return saved(redirect, partyUrl(id, party.getId()));
		}
		catch (FormRejection rejection) {
			reject(binding, rejection);
			return partyForm(model, treaty, null);
		}
	}

	@GetMapping("/{id}/parties/{partyId}")
	String editParty(@PathVariable long id, @PathVariable long partyId, Model model) {
		TreatyParty party = this.editor.findParty(id, partyId).orElseThrow();
		model.addAttribute("form", this.editor.formFor(party));
		return partyForm(model, party.getTreaty(), party);
	}

	@PostMapping("/{id}/parties/{partyId}")
	String updateParty(@PathVariable long id, @PathVariable long partyId, @Valid @ModelAttribute("form") PartyForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		TreatyParty current = this.editor.findParty(id, partyId).orElseThrow();
		form.setCountryCode(current.getCountryCode());
		if (binding.hasErrors()) {
			return partyForm(model, current.getTreaty(), current);
		}
		try {
			this.editor.updateParty(id, partyId, form);
			return saved(redirect, partyUrl(id, partyId));
		}
		catch (FormRejection rejection) {
			reject(binding, rejection);
			return partyForm(model, current.getTreaty(), current);
		}
		catch (EditConflictException conflict) {
			model.addAttribute("conflict", conflict);
			return partyForm(model, current.getTreaty(), current);
		}
		catch (OptimisticLockingFailureException raced) {
			TreatyParty now = this.editor.findParty(id, partyId).orElseThrow();
			model.addAttribute("conflict", this.editor.partyConflict(now, form.getVersion()));
			return partyForm(model, now.getTreaty(), now);
		}
	}

	@PostMapping("/{id}/parties/{partyId}/delete")
	String deleteParty(@PathVariable long id, @PathVariable long partyId, RedirectAttributes redirect) {
		this.editor.deleteParty(id, partyId);
		redirect.addFlashAttribute("success", "treaties.admin.deleted");
		return "redirect:" + treatyUrl(id);
	}

	@GetMapping("/{id}/parties/{partyId}/revisions")
	String partyRevisions(@PathVariable long id, @PathVariable long partyId,
			@RequestParam(required = false) Integer from, @RequestParam(required = false) Integer to, Model model) {
		TreatyParty party = this.editor.findParty(id, partyId).orElseThrow();
		return revisions(model, this.editor.content(party), from, to, this.editor.label(party), partyUrl(id, partyId));
	}

	// Statements
	// ---------------------------------------------------------------------------

	@GetMapping("/{id}/parties/{partyId}/statements/new")
	String newStatement(@PathVariable long id, @PathVariable long partyId, Model model) {
		TreatyParty party = this.editor.findParty(id, partyId).orElseThrow();
		model.addAttribute("form", new StatementForm());
		return statementForm(model, party, null);
	}

	@PostMapping("/{id}/parties/{partyId}/statements")
	String createStatement(@PathVariable long id, @PathVariable long partyId,
			@Valid @ModelAttribute("form") StatementForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		TreatyParty party = this.editor.findParty(id, partyId).orElseThrow();
		if (binding.hasErrors()) {
			return statementForm(model, party, null);
		}
		try {
			this.editor.createStatement(id, partyId, form);
			return saved(redirect, partyUrl(id, partyId));
		}
		catch (FormRejection rejection) {
			reject(binding, rejection);
			return statementForm(model, party, null);
		}
	}

	@GetMapping("/{id}/parties/{partyId}/statements/{statementId}")
	String editStatement(@PathVariable long id, @PathVariable long partyId, @PathVariable long statementId,
			Model model) {
		TreatyStatement statement = this.editor.findStatement(id, partyId, statementId).orElseThrow();
		model.addAttribute("form", this.editor.formFor(statement));
		return statementForm(model, statement.getParty(), statement);
	}

	@PostMapping("/{id}/parties/{partyId}/statements/{statementId}")
	String updateStatement(@PathVariable long id, @PathVariable long partyId, @PathVariable long statementId,
			@Valid @ModelAttribute("form") StatementForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		TreatyStatement current = this.editor.findStatement(id, partyId, statementId).orElseThrow();
		if (binding.hasErrors()) {
			return statementForm(model, current.getParty(), current);
		}
		try {
			this.editor.updateStatement(id, partyId, statementId, form);
			return saved(redirect, partyUrl(id, partyId));
		}
		catch (FormRejection rejection) {
			reject(binding, rejection);
			return statementForm(model, current.getParty(), current);
		}
		catch (EditConflictException conflict) {
			model.addAttribute("conflict", conflict);
			return statementForm(model, current.getParty(), current);
		}
		catch (OptimisticLockingFailureException raced) {
			TreatyStatement now = this.editor.findStatement(id, partyId, statementId).orElseThrow();
			model.addAttribute("conflict", this.editor.statementConflict(now, form.getVersion()));
			return statementForm(model, now.getParty(), now);
		}
	}

	@PostMapping("/{id}/parties/{partyId}/statements/{statementId}/delete")
	String deleteStatement(@PathVariable long id, @PathVariable long partyId, @PathVariable long statementId,
			RedirectAttributes redirect) {
		this.editor.deleteStatement(id, partyId, statementId);
		redirect.addFlashAttribute("success", "treaties.admin.deleted");
		return "redirect:" + partyUrl(id, partyId);
	}

	@GetMapping("/{id}/parties/{partyId}/statements/{statementId}/revisions")
	String statementRevisions(@PathVariable long id, @PathVariable long partyId, @PathVariable long statementId,
			@RequestParam(required = false) Integer from, @RequestParam(required = false) Integer to, Model model) {
		TreatyStatement statement = this.editor.findStatement(id, partyId, statementId).orElseThrow();
		return revisions(model, this.editor.content(statement), from, to,
				this.editor.label(statement.getParty()) + " · " + statement.getKind().name(),
				partyUrl(id, partyId) + "/statements/" + statementId);
	}

	// ------------------------------------------------------------------------------------

	private String treatyForm(Model model, Treaty treaty) {
		model.addAttribute("treaty", treaty);
		if (treaty != null) {
			model.addAttribute("parties", this.editor.parties(treaty));
			model.addAttribute("countryNames", this.editor.countries()
				.stream()
				.collect(java.util.stream.Collectors.toMap((country) -> country.code(), (country) -> country.name())));
		}
		return "treaties/admin/form";
	}

	private String partyForm(Model model, Treaty treaty, TreatyParty party) {
		model.addAttribute("treaty", treaty);
		model.addAttribute("party", party);
		model.addAttribute("countries", this.editor.countries());
		model.addAttribute("consentKinds", ConsentKind.values());
		if (party != null) {
			model.addAttribute("countryName", this.editor.countryName(party.getCountryCode()));
			model.addAttribute("statements", this.editor.statementsOf(party));
			model.addAttribute("computedEntryIntoForce", EntryIntoForce.forParty(party.getConsentDate(),
					treaty.getMonthsAfterDeposit(), treaty.getEntryIntoForce()));
		}
		return "treaties/admin/party";
	}

	private String statementForm(Model model, TreatyParty party, TreatyStatement statement) {
		model.addAttribute("treaty", party.getTreaty());
		model.addAttribute("party", party);
		model.addAttribute("countryName", this.editor.countryName(party.getCountryCode()));
		model.addAttribute("statement", statement);
		model.addAttribute("statementKinds", StatementKind.values());
		return "treaties/admin/statement";
	}

	private String revisions(Model model, ContentRef content, Integer from, Integer to, String label, String backUrl) {
		List<Revision> history = this.revisions.list(content);
		model.addAttribute("label", label);
		model.addAttribute("backUrl", backUrl);
		model.addAttribute("revisions", history);
		if (history.size() > 1 || (from != null && to != null)) {
			int newer = (to != null) ? to : history.get(0).getNumber();
			int older = (from != null) ? from : history.get(Math.min(1, history.size() - 1)).getNumber();
			Revision olderRevision = this.revisions.find(content, older).orElseThrow();
			Revision newerRevision = this.revisions.find(content, newer).orElseThrow();
			model.addAttribute("from", olderRevision);
			model.addAttribute("to", newerRevision);
			model.addAttribute("diff", FieldDiff.between(olderRevision.getFields(), newerRevision.getFields()));
		}
		return "treaties/admin/revisions";
	}

	private static void reject(BindingResult binding, FormRejection rejection) {
		binding.rejectValue(rejection.getField(), rejection.getCode(), rejection.getArguments(), null);
	}

	private static String saved(RedirectAttributes redirect, String url) {
		redirect.addFlashAttribute("success", "treaties.admin.saved");
		return "redirect:" + url;
	}

	private static String treatyUrl(long id) {
		return "/admin/treaties/" + id;
	}

	private static String partyUrl(long id, long partyId) {
		return "/admin/treaties/" + id + "/parties/" + partyId;
	}

}
