package org.treatyportal.countries;

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
import org.treatyportal.publishing.HtmlSanitizer;
import org.treatyportal.revisions.ContentRef;
import org.treatyportal.revisions.EditHistory;
import org.treatyportal.revisions.FormRejection;
import org.treatyportal.revisions.RevisionedEditor;

/**
 * What admins do to countries: edit the name, region, membership, profile and contacts,
 * refused if someone saved in between, with a revision and an audit entry.
 */
@Service
@Transactional
class CountryEditor extends RevisionedEditor<Country, CountryForm> {

	static final String CONTENT_TYPE = "country";

	private final CountryRepository countries;

	private final HtmlSanitizer sanitizer;

	private final Clock clock;

	private final ZoneId zone;

	CountryEditor(CountryRepository countries, EditHistory history, HtmlSanitizer sanitizer, Clock clock,
			PortalProperties properties) {
		super(history);
		this.countries = countries;
		this.sanitizer = sanitizer;
		this.clock = clock;
		this.zone = properties.timeZone();
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
		country.setProfile(this.sanitizer.sanitize(form.getStatusSummary()),
				this.sanitizer.sanitize(form.getLegislation()), this.sanitizer.sanitize(form.getPolicies()),
				this.sanitizer.sanitize(form.getInstitutions()), this.sanitizer.sanitize(form.getCaseLaw()),
				this.sanitizer.sanitize(form.getSources()), form.getLastReviewed());
		country.setContacts(clean(form.getPointOfContact()), clean(form.getCentralAuthority()));
		country.setUpdatedAt(this.clock.instant());
	}

	@Override
	protected Country saveItem(Country country) {
		return this.countries.saveAndFlush(country);
	}

	@Override
	protected void restoreFields(CountryForm form, Map<String, String> fields) {
		form.setName(fields.getOrDefault("name", form.getName()));
		form.setRegion(Region.valueOf(fields.getOrDefault("region", form.getRegion().name())));
		form.setMember(Boolean.parseBoolean(fields.getOrDefault("member", String.valueOf(form.isMember()))));
		form.setStatusSummary(fields.getOrDefault("statusSummary", ""));
		form.setLegislation(fields.getOrDefault("legislation", ""));
		form.setPolicies(fields.getOrDefault("policies", ""));
		form.setInstitutions(fields.getOrDefault("institutions", ""));
		form.setCaseLaw(fields.getOrDefault("caseLaw", ""));
		form.setSources(fields.getOrDefault("sources", ""));
		form.setLastReviewed(date(fields.get("lastReviewed")));
		form.setPointOfContact(fields.getOrDefault("pointOfContact", ""));
		form.setCentralAuthority(fields.getOrDefault("centralAuthority", ""));
	}

	@Override
	public Map<String, String> fields(Country country) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("name", country.getName());
		fields.put("region", country.getRegion().name());
		fields.put("member", String.valueOf(country.isMember()));
		fields.put("statusSummary", country.getStatusSummary());
		fields.put("legislation", country.getLegislation());
		fields.put("policies", country.getPolicies());
		fields.put("institutions", country.getInstitutions());
		fields.put("caseLaw", country.getCaseLaw());
		fields.put("sources", country.getSources());
		fields.put("lastReviewed", text(country.getLastReviewed()));
		fields.put("pointOfContact", country.getPointOfContact());
		fields.put("centralAuthority", country.getCentralAuthority());
		return fields;
	}

	@Override
	public ContentRef content(Country country) {
		return new ContentRef(CONTENT_TYPE, country.getId());
	}

}
