package org.treatyportal.treaties;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.treatyportal.config.PortalProperties;
import org.treatyportal.publishing.ContentRef;
import org.treatyportal.publishing.EditConflictException;
import org.treatyportal.publishing.EditHistory;
import org.treatyportal.publishing.FormRejection;
import org.treatyportal.publishing.HtmlSanitizer;
import org.treatyportal.publishing.Revisions;
import org.treatyportal.states.StateDirectory;
import org.treatyportal.states.StateName;

/**
 * What admins do to treaties, States' records and their statements: create, save (refused
 * if someone saved in between) and delete, each with a revision and an audit entry. The
 * rules of the Treaty Office are checked here: a ratification needs an earlier signature
 * (an accession needs none), no act is dated in the future, one record per State and
 * treaty, and only codes of the country list.
 */
@Service
@Transactional
class TreatyEditor {

	static final String TREATY = "treaty";

	static final String PARTY = "treaty-party";

	static final String STATEMENT = "treaty-statement";

	private final TreatyRepository treaties;

	private final TreatyPartyRepository parties;

	private final TreatyStatementRepository statements;

	private final StateDirectory countries;

	private final EditHistory history;

	private final Revisions revisions;

	private final HtmlSanitizer sanitizer;

	private final Clock clock;

	private final ZoneId zone;

	TreatyEditor(TreatyRepository treaties, TreatyPartyRepository parties, TreatyStatementRepository statements,
			StateDirectory countries, EditHistory history, Revisions revisions, HtmlSanitizer sanitizer, Clock clock,
			PortalProperties properties) {
		this.treaties = treaties;
		this.parties = parties;
		this.statements = statements;
		this.countries = countries;
		this.history = history;
		this.revisions = revisions;
		this.sanitizer = sanitizer;
		this.clock = clock;
		this.zone = properties.timeZone();
	}

	// Treaties
	// ---------------------------------------------------------------------------

	@Transactional(readOnly = true)
	Optional<Treaty> findTreaty(long id) {
		return this.treaties.findById(id);
	}

	TreatyForm formFor(Treaty treaty) {
		TreatyForm form = new TreatyForm();
		form.setSeries(treaty.getSeries());
		form.setNumber(treaty.getNumber());
		form.setTitle(treaty.getTitle());
		form.setShortTitle(treaty.getShortTitle());
		form.setSummary(treaty.getSummary());
		form.setOpenedOn(treaty.getOpenedOn());
		form.setOpenedPlace(treaty.getOpenedPlace());
		form.setEntryIntoForce(treaty.getEntryIntoForce());
		form.setEntryIntoForceCondition(treaty.getEntryIntoForceCondition());
		form.setMonthsAfterDeposit(treaty.getMonthsAfterDeposit());
		form.setVersion(treaty.getVersion());
		return form;
	}

	Treaty createTreaty(TreatyForm form) {
		if (this.treaties.existsByNumber(form.getNumber())) {
			throw new FormRejection("number", "treaties.treaty.numberTaken", form.getNumber());
		}
		Treaty treaty = new Treaty(form.getSeries(), form.getNumber(), form.getTitle().strip(),
				form.getShortTitle().strip());
		apply(treaty, form);
		this.treaties.saveAndFlush(treaty);
		this.history.saved(content(treaty), treaty.getVersion(), fields(treaty), form.getNote(), "CREATE",
				treaty.getReference());
		return treaty;
	}

	Treaty updateTreaty(long id, TreatyForm form) {
		Treaty treaty = this.treaties.findById(id).orElseThrow();
		this.history.requireCurrent(content(treaty), form.getVersion(), form.getConfirmOverwrite(), treaty.getVersion(),
				fields(treaty));
		if (this.treaties.existsByNumberAndIdNot(form.getNumber(), id)) {
			throw new FormRejection("number", "treaties.treaty.numberTaken", form.getNumber());
		}
		treaty.setSeries(form.getSeries());
		treaty.setNumber(form.getNumber());
		treaty.setTitle(form.getTitle().strip());
		treaty.setShortTitle(form.getShortTitle().strip());
		apply(treaty, form);
		this.treaties.saveAndFlush(treaty);
		this.history.saved(content(treaty), treaty.getVersion(), fields(treaty), form.getNote(), "SAVE",
				treaty.getReference());
		return treaty;
	}

	@Transactional(readOnly = true)
	EditConflictException treatyConflict(Treaty treaty, long formVersion) {
		return this.history.conflict(content(treaty), formVersion, treaty.getVersion(), fields(treaty));
	}

	private void apply(Treaty treaty, TreatyForm form) {
		if (form.getOpenedOn() != null && form.getEntryIntoForce() != null
				&& form.getEntryIntoForce().isBefore(form.getOpenedOn())) {
			throw new FormRejection("entryIntoForce", "treaties.treaty.inForceBeforeOpening");
		}
		treaty.setSummary(this.sanitizer.sanitize(form.getSummary()));
		treaty.setOpenedOn(form.getOpenedOn());
		treaty.setOpenedPlace(clean(form.getOpenedPlace()));
		treaty.setEntryIntoForce(form.getEntryIntoForce());
		treaty.setEntryIntoForceCondition(clean(form.getEntryIntoForceCondition()));
		treaty.setMonthsAfterDeposit(form.getMonthsAfterDeposit());
		treaty.setUpdatedAt(this.clock.instant());
	}

	Map<String, String> fields(Treaty treaty) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("series", treaty.getSeries());
		fields.put("number", String.valueOf(treaty.getNumber()));
		fields.put("title", treaty.getTitle());
		fields.put("shortTitle", treaty.getShortTitle());
		fields.put("summary", treaty.getSummary());
		fields.put("openedOn", text(treaty.getOpenedOn()));
		fields.put("openedPlace", treaty.getOpenedPlace());
		fields.put("entryIntoForce", text(treaty.getEntryIntoForce()));
		fields.put("entryIntoForceCondition", treaty.getEntryIntoForceCondition());
		fields.put("monthsAfterDeposit", String.valueOf(treaty.getMonthsAfterDeposit()));
		return fields;
	}

	ContentRef content(Treaty treaty) {
		return new ContentRef(TREATY, treaty.getId());
	}

	// States' records
	// ---------------------------------------------------------------------

	@Transactional(readOnly = true)
	List<TreatyParty> parties(Treaty treaty) {
		return this.parties.findByTreatyId(treaty.getId());
	}

	@Transactional(readOnly = true)
	Optional<TreatyParty> findParty(long treatyId, long partyId) {
		return this.parties.findForEditing(treatyId, partyId);
	}

	@Transactional(readOnly = true)
	List<TreatyStatement> statementsOf(TreatyParty party) {
		return this.statements.findByPartyOrderByStatementDateAscIdAsc(party);
	}

	PartyForm formFor(TreatyParty party) {
		PartyForm form = new PartyForm();
		form.setCountryCode(party.getCountryCode());
		form.setSignatureDate(party.getSignatureDate());
		form.setConsentDate(party.getConsentDate());
		form.setConsentKind(party.getConsentKind());
		form.setEntryIntoForceOverride(party.getEntryIntoForceOverride());
		form.setOverrideNote(party.getOverrideNote());
		form.setNotes(party.getNotes());
		form.setSourceNote(party.getSourceNote());
		form.setSourcePublished(party.isSourcePublished());
		form.setVersion(party.getVersion());
		return form;
	}

	/** Records a State's signature, ratification, accession or succession. */
	TreatyParty createParty(long treatyId, PartyForm form) {
		Treaty treaty = this.treaties.findById(treatyId).orElseThrow();
		String code = (form.getCountryCode() != null) ? form.getCountryCode().strip().toUpperCase(Locale.ROOT) : "";
		if (code.isEmpty()) {
			throw new FormRejection("countryCode", "treaties.party.countryRequired");
		}
		if (!this.countries.exists(code)) {
			throw new FormRejection("countryCode", "treaties.party.unknownCountry", form.getCountryCode());
		}
		if (this.parties.existsByTreatyAndCountryCode(treaty, code)) {
			throw new FormRejection("countryCode", "treaties.party.duplicate", countryName(code),
					treaty.getReference());
		}
		TreatyParty party = new TreatyParty(treaty, code);
		apply(party, form);
		this.parties.saveAndFlush(party);
		this.history.saved(content(party), party.getVersion(), fields(party), form.getNote(), "CREATE", label(party));
		return party;
	}

	TreatyParty updateParty(long treatyId, long partyId, PartyForm form) {
		TreatyParty party = this.parties.findForEditing(treatyId, partyId).orElseThrow();
		this.history.requireCurrent(content(party), form.getVersion(), form.getConfirmOverwrite(), party.getVersion(),
				fields(party));
		apply(party, form);
		this.parties.saveAndFlush(party);
		this.history.saved(content(party), party.getVersion(), fields(party), form.getNote(), "SAVE", label(party));
		return party;
	}

	void deleteParty(long treatyId, long partyId) {
		TreatyParty party = this.parties.findForEditing(treatyId, partyId).orElseThrow();
		for (TreatyStatement statement : statementsOf(party)) {
			deleteStatement(treatyId, partyId, statement.getId());
		}
		this.history.changed(content(party), "DELETE", label(party));
		this.revisions.deleteAll(content(party));
		this.parties.delete(party);
	}

	@Transactional(readOnly = true)
	EditConflictException partyConflict(TreatyParty party, long formVersion) {
		return this.history.conflict(content(party), formVersion, party.getVersion(), fields(party));
	}

	private void apply(TreatyParty party, PartyForm form) {
		LocalDate today = today();
		Treaty treaty = party.getTreaty();
		LocalDate signature = form.getSignatureDate();
		LocalDate consent = form.getConsentDate();
		ConsentKind kind = form.getConsentKind();
		if (signature == null && consent == null) {
			throw new FormRejection("signatureDate", "treaties.party.noAct");
		}
		if (signature != null && signature.isAfter(today)) {
			throw new FormRejection("signatureDate", "treaties.date.future");
		}
		if (consent != null && consent.isAfter(today)) {
			throw new FormRejection("consentDate", "treaties.date.future");
		}
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
		String source = source(form.getSourceNote(), form.isSourcePublished());
		party.setSignatureDate(signature);
		party.setConsentDate(consent);
		party.setConsentKind(kind);
		party.setEntryIntoForceOverride(form.getEntryIntoForceOverride());
		party.setOverrideNote((form.getEntryIntoForceOverride() != null) ? clean(form.getOverrideNote()) : "");
		party.setNotes(clean(form.getNotes()));
		party.setSourceNote(source);
		party.setSourcePublished(form.isSourcePublished());
		party.setUpdatedAt(this.clock.instant());
	}

	Map<String, String> fields(TreatyParty party) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("countryCode", party.getCountryCode());
		fields.put("signatureDate", text(party.getSignatureDate()));
		fields.put("consentDate", text(party.getConsentDate()));
		fields.put("consentKind", (party.getConsentKind() != null) ? party.getConsentKind().name() : "");
		fields.put("entryIntoForceOverride", text(party.getEntryIntoForceOverride()));
		fields.put("overrideNote", party.getOverrideNote());
		fields.put("notes", party.getNotes());
		fields.put("sourceNote", party.getSourceNote());
		fields.put("sourcePublished", String.valueOf(party.isSourcePublished()));
		return fields;
	}

	ContentRef content(TreatyParty party) {
		return new ContentRef(PARTY, party.getId());
	}

	String label(TreatyParty party) {
		return party.getTreaty().getReference() + " · " + countryName(party.getCountryCode());
	}

	// Statements
	// ---------------------------------------------------------------------------

	@Transactional(readOnly = true)
	Optional<TreatyStatement> findStatement(long treatyId, long partyId, long id) {
		return this.statements.findForEditing(partyId, id)
			.filter((statement) -> statement.getParty().getTreaty().getId() == treatyId);
	}

	StatementForm formFor(TreatyStatement statement) {
		StatementForm form = new StatementForm();
		form.setKind(statement.getKind());
		form.setStatementDate(statement.getStatementDate());
		form.setArticles(statement.getArticles());
		form.setText(statement.getText());
		form.setSourceNote(statement.getSourceNote());
		form.setSourcePublished(statement.isSourcePublished());
		form.setVersion(statement.getVersion());
		return form;
	}

	TreatyStatement createStatement(long treatyId, long partyId, StatementForm form) {
		TreatyParty party = this.parties.findForEditing(treatyId, partyId).orElseThrow();
		TreatyStatement statement = new TreatyStatement(party);
		apply(statement, form);
		this.statements.saveAndFlush(statement);
		this.history.saved(content(statement), statement.getVersion(), fields(statement), form.getNote(), "CREATE",
				label(statement));
		return statement;
	}

	TreatyStatement updateStatement(long treatyId, long partyId, long id, StatementForm form) {
		TreatyStatement statement = findStatement(treatyId, partyId, id).orElseThrow();
		this.history.requireCurrent(content(statement), form.getVersion(), form.getConfirmOverwrite(),
				statement.getVersion(), fields(statement));
		apply(statement, form);
		this.statements.saveAndFlush(statement);
		this.history.saved(content(statement), statement.getVersion(), fields(statement), form.getNote(), "SAVE",
				label(statement));
		return statement;
	}

	void deleteStatement(long treatyId, long partyId, long id) {
		TreatyStatement statement = findStatement(treatyId, partyId, id).orElseThrow();
		this.history.changed(content(statement), "DELETE", label(statement));
		this.revisions.deleteAll(content(statement));
		this.statements.delete(statement);
	}

	@Transactional(readOnly = true)
	EditConflictException statementConflict(TreatyStatement statement, long formVersion) {
		return this.history.conflict(content(statement), formVersion, statement.getVersion(), fields(statement));
	}

	private void apply(TreatyStatement statement, StatementForm form) {
		if (form.getStatementDate().isAfter(today())) {
			throw new FormRejection("statementDate", "treaties.date.future");
		}
		String source = source(form.getSourceNote(), form.isSourcePublished());
		statement.setKind(form.getKind());
		statement.setStatementDate(form.getStatementDate());
		statement.setArticles(clean(form.getArticles()));
		statement.setText(form.getText().strip());
		statement.setSourceNote(source);
		statement.setSourcePublished(form.isSourcePublished());
		statement.setUpdatedAt(this.clock.instant());
	}

	Map<String, String> fields(TreatyStatement statement) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("kind", statement.getKind().name());
		fields.put("statementDate", text(statement.getStatementDate()));
		fields.put("articles", statement.getArticles());
		fields.put("text", statement.getText());
		fields.put("sourceNote", statement.getSourceNote());
		fields.put("sourcePublished", String.valueOf(statement.isSourcePublished()));
		return fields;
	}

	ContentRef content(TreatyStatement statement) {
		return new ContentRef(STATEMENT, statement.getId());
	}

	private String label(TreatyStatement statement) {
		return label(statement.getParty()) + " · " + statement.getKind().name();
	}

	// ------------------------------------------------------------------------------------

	/** Every country, for the State field. */
	@Transactional(readOnly = true)
	List<? extends StateName> countries() {
		return this.countries.names();
	}

	String countryName(String code) {
		return this.countries.name(code);
	}

	private LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), this.zone);
	}

	/** The source note to store, refused when an empty one would be published. */
	private static String source(String note, boolean published) {
		String source = clean(note);
		if (published && source.isEmpty()) {
			throw new FormRejection("sourceNote", "treaties.source.publishedEmpty");
		}
		return source;
	}

	private static String clean(String value) {
		return (value != null) ? value.strip() : "";
	}

	private static String text(LocalDate date) {
		return (date != null) ? date.toString() : "";
	}

}
