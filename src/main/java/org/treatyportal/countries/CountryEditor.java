package org.treatyportal.countries;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.treatyportal.config.PortalProperties;
import org.treatyportal.publishing.HtmlSanitizer;
import org.treatyportal.revisions.ContentRef;
import org.treatyportal.revisions.EditHistory;
import org.treatyportal.revisions.FormRejection;
import org.treatyportal.revisions.RevisionedEditor;
import org.treatyportal.revisions.TranslationForm;
import org.treatyportal.web.Languages;

/**
 * What admins do to countries: edit the name, region, membership, profile and contacts,
 * refused if someone saved in between, with a revision and an audit entry. One save
 * carries the profile's sections in every language (ADR 18).
 */
@Service
@Transactional
class CountryEditor extends RevisionedEditor<Country, CountryForm> {

	static final String CONTENT_TYPE = "country";

	private final CountryRepository countries;

	private final HtmlSanitizer sanitizer;

	private final Clock clock;

	private final ZoneId zone;

	private final Languages languages;

	CountryEditor(CountryRepository countries, EditHistory history, HtmlSanitizer sanitizer, Clock clock,
			PortalProperties properties, Languages languages) {
		super(history);
		this.countries = countries;
		this.sanitizer = sanitizer;
		this.clock = clock;
		this.zone = properties.timeZone();
		this.languages = languages;
	}

	/** Gives the form a version for every language the profile is not written in. */
	void addMissingLanguages(CountryForm form, Country country) {
		TranslationForm.addMissing(form.getTranslations(), this.languages.all(), country.getLanguage(),
				ProfileTranslationForm::new);
	}

	@Transactional(readOnly = true)
	Optional<Country> find(String code) {
		return (code != null && code.matches("[A-Za-z]{2}")) ? this.countries.findByCode(code.toUpperCase(Locale.ROOT))
				: Optional.empty();
	}

	@Transactional(readOnly = true)
	List<Country> search(String q, Region region) {
		String needle = (q != null) ? q.strip().toLowerCase(Locale.ROOT) : "";
		return this.countries.findAllByName()
			.stream()
			.filter((country) -> region == null || country.getRegion() == region)
			.filter((country) -> needle.isEmpty() || country.getName().toLowerCase(Locale.ROOT).contains(needle)
					|| country.getCode().equalsIgnoreCase(needle))
			.toList();
	}

	@Override
	public CountryForm formFor(Country country) {
		CountryForm form = new CountryForm();
		form.setName(country.getName());
		form.setRegion(country.getRegion());
		form.setMember(country.isMember());
		form.setCanBeParty(country.isCanBeParty());
		form.setStatusSummary(country.getStatusSummary());
		form.setLegislation(country.getLegislation());
		form.setPolicies(country.getPolicies());
		form.setInstitutions(country.getInstitutions());
		form.setCaseLaw(country.getCaseLaw());
		form.setSources(country.getSources());
		form.setLastReviewed(country.getLastReviewed());
		form.setPointOfContact(country.getPointOfContact());
		form.setCentralAuthority(country.getCentralAuthority());
		form.setVersion(country.getVersion());
		for (String language : country.languages()) {
			country.translation(language).ifPresent((translation) -> {
				ProfileWording sections = translation.wording(language);
				ProfileTranslationForm version = new ProfileTranslationForm();
				version.setStatusSummary(sections.statusSummary());
				version.setLegislation(sections.legislation());
				version.setPolicies(sections.policies());
				version.setInstitutions(sections.institutions());
				version.setCaseLaw(sections.caseLaw());
				version.setSources(sections.sources());
				form.getTranslations().put(language, version);
			});
		}
		addMissingLanguages(form, country);
		return form;
	}

	@Override
	public String label(Country country) {
		return country.getName();
	}

	@Override
	protected void apply(Country country, CountryForm form) {
		if (form.getLastReviewed() != null
				&& form.getLastReviewed().isAfter(LocalDate.ofInstant(this.clock.instant(), this.zone))) {
			throw new FormRejection("lastReviewed", "treaties.date.future");
		}
		country.setName(form.getName().strip());
		country.setRegion(form.getRegion());
		country.setMember(form.isMember());
		country.setCanBeParty(form.isCanBeParty());
		country.setProfile(this.sanitizer.sanitize(form.getStatusSummary()),
				this.sanitizer.sanitize(form.getLegislation()), this.sanitizer.sanitize(form.getPolicies()),
				this.sanitizer.sanitize(form.getInstitutions()), this.sanitizer.sanitize(form.getCaseLaw()),
				this.sanitizer.sanitize(form.getSources()), form.getLastReviewed());
		country.setContacts(clean(form.getPointOfContact()), clean(form.getCentralAuthority()));
		country.setUpdatedAt(this.clock.instant());
		form.getTranslations().forEach((language, version) -> translate(country, language, version));
	}

	private void translate(Country country, String language, ProfileTranslationForm version) {
		if (!this.languages.isSupported(language) || language.equals(country.getLanguage())) {
			return;
		}
		if (version.isRemove() || version.isBlank()) {
			country.removeTranslation(language);
			return;
		}
		country.translate(language, new ProfileWording(language, language,
				this.sanitizer.sanitize(version.getStatusSummary()), this.sanitizer.sanitize(version.getLegislation()),
				this.sanitizer.sanitize(version.getPolicies()), this.sanitizer.sanitize(version.getInstitutions()),
				this.sanitizer.sanitize(version.getCaseLaw()), this.sanitizer.sanitize(version.getSources())),
				this.clock.instant());
		if (version.isConfirmed()) {
			country.confirmTranslation(language);
		}
	}

	@Override
	protected Country saveItem(Country country) {
		return this.countries.saveAndFlush(country);
	}

	/** The profile's sections are rich text. */
	@Override
	protected Set<String> richTextFields() {
		return Set.of("statusSummary", "legislation", "policies", "institutions", "caseLaw", "sources");
	}

	@Override
	protected void restoreFields(CountryForm form, Map<String, String> fields) {
		form.setName(fields.getOrDefault("name", form.getName()));
		form.setRegion(Region.valueOf(fields.getOrDefault("region", form.getRegion().name())));
		form.setMember(Boolean.parseBoolean(fields.getOrDefault("member", String.valueOf(form.isMember()))));
		form.setCanBeParty(
				Boolean.parseBoolean(fields.getOrDefault("canBeParty", String.valueOf(form.isCanBeParty()))));
		form.setStatusSummary(fields.getOrDefault("statusSummary", ""));
		form.setLegislation(fields.getOrDefault("legislation", ""));
		form.setPolicies(fields.getOrDefault("policies", ""));
		form.setInstitutions(fields.getOrDefault("institutions", ""));
		form.setCaseLaw(fields.getOrDefault("caseLaw", ""));
		form.setSources(fields.getOrDefault("sources", ""));
		form.setLastReviewed(date(fields.get("lastReviewed")));
		form.setPointOfContact(fields.getOrDefault("pointOfContact", ""));
		form.setCentralAuthority(fields.getOrDefault("centralAuthority", ""));
		form.getTranslations().forEach((language, version) -> {
			version.setStatusSummary(fields.getOrDefault(TranslationForm.key("statusSummary", language), ""));
			version.setLegislation(fields.getOrDefault(TranslationForm.key("legislation", language), ""));
			version.setPolicies(fields.getOrDefault(TranslationForm.key("policies", language), ""));
			version.setInstitutions(fields.getOrDefault(TranslationForm.key("institutions", language), ""));
			version.setCaseLaw(fields.getOrDefault(TranslationForm.key("caseLaw", language), ""));
			version.setSources(fields.getOrDefault(TranslationForm.key("sources", language), ""));
		});
	}

	@Override
	public Map<String, String> fields(Country country) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("name", country.getName());
		fields.put("region", country.getRegion().name());
		fields.put("member", String.valueOf(country.isMember()));
		fields.put("canBeParty", String.valueOf(country.isCanBeParty()));
		fields.put("statusSummary", country.getStatusSummary());
		fields.put("legislation", country.getLegislation());
		fields.put("policies", country.getPolicies());
		fields.put("institutions", country.getInstitutions());
		fields.put("caseLaw", country.getCaseLaw());
		fields.put("sources", country.getSources());
		fields.put("lastReviewed", text(country.getLastReviewed()));
		fields.put("pointOfContact", country.getPointOfContact());
		fields.put("centralAuthority", country.getCentralAuthority());
		for (String language : country.languages()) {
			country.translation(language).ifPresent((translation) -> {
				ProfileWording sections = translation.wording(language);
				fields.put(TranslationForm.key("statusSummary", language), sections.statusSummary());
				fields.put(TranslationForm.key("legislation", language), sections.legislation());
				fields.put(TranslationForm.key("policies", language), sections.policies());
				fields.put(TranslationForm.key("institutions", language), sections.institutions());
				fields.put(TranslationForm.key("caseLaw", language), sections.caseLaw());
				fields.put(TranslationForm.key("sources", language), sections.sources());
			});
		}
		return fields;
	}

	@Override
	public ContentRef content(Country country) {
		return new ContentRef(CONTENT_TYPE, country.getId());
	}

}
