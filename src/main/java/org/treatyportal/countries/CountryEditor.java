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
import org.treatyportal.publishing.ContentRef;
import org.treatyportal.publishing.EditConflictException;
import org.treatyportal.publishing.EditHistory;
import org.treatyportal.publishing.FormRejection;
import org.treatyportal.publishing.HtmlSanitizer;

/**
 * What admins do to countries: edit the name, region, membership, profile and contacts,
 * refused if someone saved in between, with a revision and an audit entry.
 */
@Service
@Transactional
class CountryEditor {

	static final String CONTENT_TYPE = "country";

	private final CountryRepository countries;

	private final EditHistory history;

	private final HtmlSanitizer sanitizer;

	private final Clock clock;

	private final ZoneId zone;

	CountryEditor(CountryRepository countries, EditHistory history, HtmlSanitizer sanitizer, Clock clock,
			PortalProperties properties) {
		this.countries = countries;
		this.history = history;
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

	CountryForm formFor(Country country) {
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

	Country update(String code, CountryForm form) {
		Country country = find(code).orElseThrow();
		this.history.requireCurrent(content(country), form.getVersion(), form.getConfirmOverwrite(),
				country.getVersion(), fields(country));
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
		this.countries.saveAndFlush(country);
		this.history.saved(content(country), country.getVersion(), fields(country), form.getNote(), "SAVE",
				country.getName());
		return country;
	}

	@Transactional(readOnly = true)
	EditConflictException conflict(Country country, long formVersion) {
		return this.history.conflict(content(country), formVersion, country.getVersion(), fields(country));
	}

	Map<String, String> fields(Country country) {
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
		fields.put("lastReviewed", (country.getLastReviewed() != null) ? country.getLastReviewed().toString() : "");
		fields.put("pointOfContact", country.getPointOfContact());
		fields.put("centralAuthority", country.getCentralAuthority());
		return fields;
	}

	ContentRef content(Country country) {
		return new ContentRef(CONTENT_TYPE, country.getId());
	}

	private static String clean(String value) {
		return (value != null) ? value.strip() : "";
	}

}
