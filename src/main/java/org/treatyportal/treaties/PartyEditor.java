package org.treatyportal.treaties;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.treatyportal.revisions.ContentRef;
import org.treatyportal.revisions.EditHistory;
import org.treatyportal.revisions.FormRejection;
import org.treatyportal.revisions.RevisionedEditor;
import org.treatyportal.states.StateDirectory;
import org.treatyportal.states.StateName;

/**
 * What admins do to a State's record of signature, ratification, accession or succession,
 * with revisions. The Treaty Office's rules are checked here: a ratification needs an
 * earlier signature (an accession needs none), no act is dated in the future or before
 * the treaty opened, one record per State and treaty, only codes of the country list.
 */
@Service
@Transactional
class PartyEditor extends RevisionedEditor<TreatyParty, PartyForm> {

	static final String CONTENT_TYPE = "treaty-party";

	private static final Pattern NAME_AND_CODE = Pattern.compile(".*\\(([A-Za-z]{2})\\)");

	private final TreatyPartyRepository parties;

	private final StatementEditor statements;

	private final StateDirectory countries;

	private final RecordRules rules;

	PartyEditor(EditHistory history, TreatyPartyRepository parties, StatementEditor statements,
			StateDirectory countries, RecordRules rules) {
		super(history);
		this.parties = parties;
		this.statements = statements;
		this.countries = countries;
		this.rules = rules;
	}

	/**
	 * The record of the treaty with the number for the State with the code, in either
	 * case.
	 */
	@Transactional(readOnly = true)
	Optional<TreatyParty> find(int number, String code) {
		return this.parties.findForEditing(number, code.toUpperCase(Locale.ROOT));
	}

	/** A record by its internal id, for the addresses that used it. */
	@Transactional(readOnly = true)
	Optional<TreatyParty> findById(long id) {
		return this.parties.findForEditing(id);
	}

	/** Records a State's first act under the treaty. */
	TreatyParty create(Treaty treaty, PartyForm form) {
		String code = codeOf(clean(form.getCountryCode()));
		if (code.isEmpty()) {
			throw new FormRejection("countryCode", "treaties.party.countryRequired");
		}
		if (!this.countries.exists(code)) {
			throw new FormRejection("countryCode", "treaties.party.unknownCountry", form.getCountryCode());
		}
		if (!this.countries.canBeParty(code)) {
			throw new FormRejection("countryCode", "treaties.party.notAState", countryName(code));
		}
		if (this.parties.existsByTreatyAndCountryCode(treaty, code)) {
			throw new FormRejection("countryCode", "treaties.party.duplicate", countryName(code),
					treaty.getReference());
		}
		return create(new TreatyParty(treaty, code), form);
	}

	/**
	 * The upper-case code of the State the admin typed or picked: its ISO code, its name
	 * in the interface language (case and accents aside) or "Name (CODE)"; what was
	 * typed, upper-cased, when it is none of those.
	 */
	private String codeOf(String typed) {
		Matcher named = NAME_AND_CODE.matcher(typed);
		if (named.matches()) {
			return named.group(1).toUpperCase(Locale.ROOT);
		}
		if (typed.length() > 2) {
			String wanted = TypedText.folded(typed);
			for (StateName state : this.countries.names()) {
				if (TypedText.folded(state.name()).equals(wanted)) {
					return state.code();
				}
			}
		}
		return typed.toUpperCase(Locale.ROOT);
	}

	/** Deletes the record with its statements and their histories. */
	void delete(TreatyParty party) {
		this.statements.deleteAll(party);
		forget(party);
		this.parties.delete(party);
	}

	/** The States that can become Parties, by name, for the State field. */
	@Transactional(readOnly = true)
	List<? extends StateName> countries() {
		return this.countries.possibleParties();
	}

	String countryName(String code) {
		return this.countries.name(code);
	}

	@Override
	public ContentRef content(TreatyParty party) {
		return new ContentRef(CONTENT_TYPE, party.getId());
	}

	@Override
	public String label(TreatyParty party) {
		return this.rules.label(party);
	}

	@Override
	public PartyForm formFor(TreatyParty party) {
		PartyForm form = new PartyForm();
		form.setCountryCode(party.getCountryCode());
		form.setSignatureDate(party.getSignatureDate());
		form.setConsentDate(party.getConsentDate());
		form.setConsentKind(party.getConsentKind());
		form.setEntryIntoForceOverride(party.getEntryIntoForceOverride());
		form.setOverrideNote(party.getOverrideNote());
		form.setNotes(party.getNotes());
		form.setSource(party.getSource());
		form.setVersion(party.getVersion());
		return form;
	}

	@Override
	public Map<String, String> fields(TreatyParty party) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("countryCode", party.getCountryCode());
		fields.put("signatureDate", text(party.getSignatureDate()));
		fields.put("consentDate", text(party.getConsentDate()));
		fields.put("consentKind", (party.getConsentKind() != null) ? party.getConsentKind().name() : "");
		fields.put("entryIntoForceOverride", text(party.getEntryIntoForceOverride()));
		fields.put("overrideNote", party.getOverrideNote());
		fields.put("notes", party.getNotes());
		this.rules.snapshot(fields, party.getSource());
		return fields;
	}

	@Override
	protected void restoreFields(PartyForm form, Map<String, String> fields) {
		form.setSignatureDate(date(fields.get("signatureDate")));
		form.setConsentDate(date(fields.get("consentDate")));
		String kind = fields.getOrDefault("consentKind", "");
		form.setConsentKind(kind.isEmpty() ? null : ConsentKind.valueOf(kind));
		form.setEntryIntoForceOverride(date(fields.get("entryIntoForceOverride")));
		form.setOverrideNote(fields.getOrDefault("overrideNote", ""));
		form.setNotes(fields.getOrDefault("notes", ""));
		form.setSource(this.rules.restored(fields));
	}

	@Override
	protected void apply(TreatyParty party, PartyForm form) {
		Treaty treaty = party.getTreaty();
		LocalDate signature = form.getSignatureDate();
		LocalDate consent = form.getConsentDate();
		ConsentKind kind = form.getConsentKind();
		if (signature == null && consent == null) {
			throw new FormRejection("signatureDate", "treaties.party.noAct");
		}
		this.rules.notFuture(signature, "signatureDate");
		this.rules.notFuture(consent, "consentDate");
		if (consent != null && kind == null) {
			throw new FormRejection("consentKind", "treaties.party.kindRequired");
		}
		if (consent == null && kind != null) {
			throw new FormRejection("consentDate", "treaties.party.dateRequired");
		}
		if (signature != null && treaty.getOpenedOn() != null && signature.isBefore(treaty.getOpenedOn())) {
			throw new FormRejection("signatureDate", "treaties.party.signatureBeforeOpening", treaty.getOpenedOn());
		}
		if (kind == ConsentKind.RATIFICATION && signature == null) {
			throw new FormRejection("signatureDate", "treaties.party.ratificationNeedsSignature");
		}
		if (consent != null && signature != null && kind != ConsentKind.ACCESSION && consent.isBefore(signature)) {
			throw new FormRejection("consentDate", "treaties.party.consentBeforeSignature");
		}
		if (form.getEntryIntoForceOverride() != null && consent == null) {
			throw new FormRejection("entryIntoForceOverride", "treaties.party.overrideWithoutConsent");
		}
		if (form.getEntryIntoForceOverride() != null && clean(form.getOverrideNote()).isEmpty()) {
			throw new FormRejection("overrideNote", "treaties.party.overrideNeedsNote");
		}
		RecordSource source = this.rules.source(form);
		party.setSignatureDate(signature);
		party.setConsentDate(consent);
		party.setConsentKind(kind);
		party.setEntryIntoForceOverride(form.getEntryIntoForceOverride());
		party.setOverrideNote((form.getEntryIntoForceOverride() != null) ? clean(form.getOverrideNote()) : "");
		party.setNotes(clean(form.getNotes()));
		party.setSource(source);
		party.setUpdatedAt(this.rules.now());
	}

	@Override
	protected TreatyParty saveItem(TreatyParty party) {
		return this.parties.saveAndFlush(party);
	}

}
