package org.treatyportal.treaties;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;

import org.treatyportal.web.Redirects;

/**
 * The first admin addresses of States' records used internal ids
 * ({@code /admin/treaties/3/parties/41}, and the statements and revisions under them):
 * bookmarks and audit entries copied from them answer 301 to the record's address by
 * treaty number and ISO code. A record's id is unambiguous (codes are letters), unlike a
 * treaty's id, which could be another treaty's number: those are not redirected.
 */
@Controller
class OldRecordAddresses {

	private final PartyEditor parties;

	OldRecordAddresses(PartyEditor parties) {
		this.parties = parties;
	}

	@GetMapping("/admin/treaties/{treatyId:\\d{1,18}}/parties/{partyId:\\d{1,18}}/{*rest}")
	ModelAndView record(@PathVariable long treatyId, @PathVariable long partyId, @PathVariable String rest) {
		TreatyParty party = this.parties.findById(partyId)
			.filter((found) -> found.getTreaty().getId() == treatyId)
			.orElseThrow();
		return Redirects.permanent(AdminPaths.party(party) + rest);
	}

}
