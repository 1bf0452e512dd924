package org.treatyportal.treaties;

import java.text.Collator;
import java.time.Clock;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.treatyportal.publishing.HtmlSanitizer;
import org.treatyportal.revisions.ContentRef;
import org.treatyportal.revisions.EditHistory;
import org.treatyportal.revisions.FormRejection;
import org.treatyportal.revisions.RevisionedEditor;
import org.treatyportal.revisions.TranslationForm;
import org.treatyportal.states.StateDirectory;
import org.treatyportal.web.Languages;

/**
 * What admins do to a treaty's own details: create and save them, with revisions. Two
 * treaties never share a number, and a treaty does not enter into force before it opened
 * for signature. One save carries every language's title, short title and summary (ADR
 * 18), and one revision records them all.
 */
@Service
@Transactional
class TreatyEditor extends RevisionedEditor<Treaty, TreatyForm> {

	static final String CONTENT_TYPE = "treaty";

	private final TreatyRepository treaties;

	private final TreatyPartyRepository parties;

	private final HtmlSanitizer sanitizer;

	private final Clock clock;

	private final Languages languages;

	private final StateDirectory states;

	TreatyEditor(EditHistory history, TreatyRepository treaties, TreatyPartyRepository parties, HtmlSanitizer sanitizer,
			Clock clock, Languages languages, StateDirectory states) {
		super(history);
		this.treaties = treaties;
		this.parties = parties;
		this.sanitizer = sanitizer;
		this.clock = clock;
		this.languages = languages;
		this.states = states;
	}

	/** Gives the form a version for every language the treaty is not written in. */
	void addMissingLanguages(TreatyForm form, Treaty treaty) {
		String original = (treaty != null) ? treaty.getLanguage() : this.languages.defaultLanguage();
		TranslationForm.addMissing(form.getTranslations(), this.languages.all(), original, TreatyTranslationForm::new);
	}

	/** The treaty with the number, as its admin address gives it. */
	@Transactional(readOnly = true)
	Optional<Treaty> find(int number) {
		return this.treaties.findByNumber(number);
	}

	/**
	 * The States' records of the treaty, by the State's name in the interface language.
	 */
	@Transactional(readOnly = true)
	List<RecordLine> records(Treaty treaty) {
		Map<String, String> names = this.states.namesByCode();
		Collator collator = Collator.getInstance(LocaleContextHolder.getLocale());
		return this.parties.findByTreatyId(treaty.getId())
			.stream()
			.map((party) -> RecordLine.of(party, names.getOrDefault(party.getCountryCode(), party.getCountryCode())))
			.sorted(Comparator.comparing(RecordLine::label, collator))
			.toList();
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
		form.setRatificationsRequired(treaty.getRatificationsRequired());
		form.setVersion(treaty.getVersion());
		for (String language : treaty.languages()) {
			treaty.translation(language).ifPresent((translation) -> {
				TreatyTranslationForm version = new TreatyTranslationForm();
				version.setTitle(translation.getTitle());
				version.setShortTitle(translation.getShortTitle());
				version.setSummary(translation.getSummary());
				form.getTranslations().put(language, version);
			});
		}
		addMissingLanguages(form, treaty);
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
		fields.put("ratificationsRequired", text(treaty.getRatificationsRequired()));
		for (String language : treaty.languages()) {
			treaty.translation(language).ifPresent((translation) -> {
				fields.put(TranslationForm.key("title", language), translation.getTitle());
				fields.put(TranslationForm.key("shortTitle", language), translation.getShortTitle());
				fields.put(TranslationForm.key("summary", language), translation.getSummary());
			});
		}
		return fields;
	}

	@Override
	protected Set<String> richTextFields() {
		return Set.of("summary");
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
		form.setRatificationsRequired(number(fields.getOrDefault("ratificationsRequired", "")));
		// A language the revision had no version in has none once it is restored.
		form.getTranslations().forEach((language, version) -> {
			version.setTitle(fields.getOrDefault(TranslationForm.key("title", language), ""));
			version.setShortTitle(fields.getOrDefault(TranslationForm.key("shortTitle", language), ""));
			version.setSummary(fields.getOrDefault(TranslationForm.key("summary", language), ""));
		});
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
		treaty.setRatificationsRequired(form.getRatificationsRequired());
		treaty.setUpdatedAt(this.clock.instant());
		form.getTranslations().forEach((language, version) -> translate(treaty, language, version));
	}

	/**
	 * Sets, keeps or removes the treaty's version in one language. A version needs both
	 * titles; a summary alone is not a translation.
	 */
	private void translate(Treaty treaty, String language, TreatyTranslationForm version) {
		if (!this.languages.isSupported(language) || language.equals(treaty.getLanguage())) {
			return;
		}
		if (version.isRemove() || version.isBlank()) {
			treaty.removeTranslation(language);
			return;
		}
		String field = "translations[" + language + "].";
		if (clean(version.getTitle()).isEmpty()) {
			throw new FormRejection(field + "title", "treaties.translation.titleMissing");
		}
		if (clean(version.getShortTitle()).isEmpty()) {
			throw new FormRejection(field + "shortTitle", "treaties.translation.titleMissing");
		}
		treaty.translate(language, clean(version.getTitle()), clean(version.getShortTitle()),
				this.sanitizer.sanitize(version.getSummary()), this.clock.instant());
		if (version.isConfirmed()) {
			treaty.confirmTranslation(language);
		}
	}

	@Override
	protected Treaty saveItem(Treaty treaty) {
		return this.treaties.saveAndFlush(treaty);
	}

}
