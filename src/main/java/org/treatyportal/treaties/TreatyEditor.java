package org.treatyportal.treaties;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.treatyportal.publishing.HtmlSanitizer;
import org.treatyportal.revisions.ContentRef;
import org.treatyportal.revisions.EditHistory;
import org.treatyportal.revisions.FormRejection;
import org.treatyportal.revisions.RevisionedEditor;

/**
 * What admins do to a treaty's own details: create and save them, with revisions. Two
 * treaties never share a number, and a treaty does not enter into force before it opened
 * for signature.
 */
@Service
@Transactional
class TreatyEditor extends RevisionedEditor<Treaty, TreatyForm> {

	static final String CONTENT_TYPE = "treaty";

	private final TreatyRepository treaties;

	private final TreatyPartyRepository parties;

	private final HtmlSanitizer sanitizer;

	private final Clock clock;

	TreatyEditor(EditHistory history, TreatyRepository treaties, TreatyPartyRepository parties, HtmlSanitizer sanitizer,
			Clock clock) {
		super(history);
		this.treaties = treaties;
		this.parties = parties;
		this.sanitizer = sanitizer;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	Optional<Treaty> find(long id) {
		return this.treaties.findById(id);
	}

	/** The States' records of the treaty. */
	@Transactional(readOnly = true)
	List<TreatyParty> parties(Treaty treaty) {
		return this.parties.findByTreatyId(treaty.getId());
	}

	/** Saves a new treaty from the form. */
	Treaty create(TreatyForm form) {
		return create(
				new Treaty(form.getSeries(), form.getNumber(), clean(form.getTitle()), clean(form.getShortTitle())),
				form);
	}

	@Override
	public ContentRef content(Treaty treaty) {
		return new ContentRef(CONTENT_TYPE, treaty.getId());
	}

	@Override
	public String label(Treaty treaty) {
		return treaty.getReference();
	}

	@Override
	public TreatyForm formFor(Treaty treaty) {
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

	@Override
	public Map<String, String> fields(Treaty treaty) {
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

	@Override
	protected void restoreFields(TreatyForm form, Map<String, String> fields) {
		form.setSeries(fields.getOrDefault("series", form.getSeries()));
		form.setNumber(number(fields.getOrDefault("number", text(form.getNumber()))));
		form.setTitle(fields.getOrDefault("title", form.getTitle()));
		form.setShortTitle(fields.getOrDefault("shortTitle", form.getShortTitle()));
		form.setSummary(fields.getOrDefault("summary", ""));
		form.setOpenedOn(date(fields.get("openedOn")));
		form.setOpenedPlace(fields.getOrDefault("openedPlace", ""));
		form.setEntryIntoForce(date(fields.get("entryIntoForce")));
		form.setEntryIntoForceCondition(fields.getOrDefault("entryIntoForceCondition", ""));
		form.setMonthsAfterDeposit(
				number(fields.getOrDefault("monthsAfterDeposit", text(form.getMonthsAfterDeposit()))));
	}

	@Override
	protected void apply(Treaty treaty, TreatyForm form) {
		boolean taken = (treaty.getId() != null)
				? this.treaties.existsByNumberAndIdNot(form.getNumber(), treaty.getId())
				: this.treaties.existsByNumber(form.getNumber());
		if (taken) {
			throw new FormRejection("number", "treaties.treaty.numberTaken", form.getNumber());
		}
		if (form.getOpenedOn() != null && form.getEntryIntoForce() != null
				&& form.getEntryIntoForce().isBefore(form.getOpenedOn())) {
			throw new FormRejection("entryIntoForce", "treaties.treaty.inForceBeforeOpening");
		}
		treaty.setSeries(form.getSeries());
		treaty.setNumber(form.getNumber());
		treaty.setTitle(clean(form.getTitle()));
		treaty.setShortTitle(clean(form.getShortTitle()));
		treaty.setSummary(this.sanitizer.sanitize(form.getSummary()));
		treaty.setOpenedOn(form.getOpenedOn());
		treaty.setOpenedPlace(clean(form.getOpenedPlace()));
		treaty.setEntryIntoForce(form.getEntryIntoForce());
		treaty.setEntryIntoForceCondition(clean(form.getEntryIntoForceCondition()));
		treaty.setMonthsAfterDeposit(form.getMonthsAfterDeposit());
		treaty.setUpdatedAt(this.clock.instant());
	}

	@Override
	protected Treaty saveItem(Treaty treaty) {
		return this.treaties.saveAndFlush(treaty);
	}

}
