package org.treatyportal.audit;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;

import org.treatyportal.config.PortalProperties;
import org.treatyportal.web.NavigationSection;
import org.treatyportal.web.Pagination;

/**
 * The audit log for admins: who did what to which item, when and from where, newest
 * first, filtered by actor, action, item type and dates.
 */
@Controller
@RequestMapping("/admin/audit")
@NavigationSection("audit")
class AuditAdminController {

	private static final int PAGE_SIZE = 50;

	private final AuditEntryRepository entries;

	private final JdbcTemplate jdbc;

	private final ZoneId zone;

	AuditAdminController(AuditEntryRepository entries, JdbcTemplate jdbc, PortalProperties properties) {
		this.entries = entries;
		this.jdbc = jdbc;
		this.zone = properties.timeZone();
	}

	@GetMapping
	@Transactional(readOnly = true)
	String list(@RequestParam(required = false) String actor, @RequestParam(required = false) String action,
			@RequestParam(required = false) String itemType,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate until,
			@RequestParam(defaultValue = "1") int page, Model model) {
		if (page < 1) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
		AuditQuery query = new AuditQuery(actor, action, itemType, from, until);
		PageRequest pageable = PageRequest.of(page - 1, PAGE_SIZE,
				Sort.by(Sort.Order.desc("occurredAt"), Sort.Order.desc("id")));
		Page<AuditEntry> result = (pageable.getOffset() > Integer.MAX_VALUE) ? Page.empty(pageable)
				: this.entries.findAll(matching(query), pageable);
		model.addAttribute("query", query);
		model.addAttribute("entries", result);
		model.addAttribute("pagination", Pagination.of(result, (number) -> url(query, number)));
		model.addAttribute("actions", distinct("action"));
		model.addAttribute("itemTypes", distinct("item_type"));
		model.addAttribute("zone", this.zone);
		return "audit/list";
	}

	private Specification<AuditEntry> matching(AuditQuery query) {
		Specification<AuditEntry> specification = (root, criteria, builder) -> builder.conjunction();
		if (query.actor() != null) {
			String pattern = "%" + query.actor()
				.toLowerCase(Locale.ROOT)
				.replace("\\", "\\\\")
				.replace("%", "\\%")
				.replace("_", "\\_") + "%";
			specification = specification
				.and((root, criteria, builder) -> builder.like(builder.lower(root.get("actorEmail")), pattern, '\\'));
		}
		if (query.action() != null) {
			specification = specification
				.and((root, criteria, builder) -> builder.equal(root.get("action"), query.action()));
		}
		if (query.itemType() != null) {
			specification = specification
				.and((root, criteria, builder) -> builder.equal(root.get("itemType"), query.itemType()));
		}
		if (query.from() != null) {
			var start = query.from().atStartOfDay(this.zone).toInstant();
			specification = specification
				.and((root, criteria, builder) -> builder.greaterThanOrEqualTo(root.get("occurredAt"), start));
		}
		if (query.until() != null) {
			var end = query.until().plusDays(1).atStartOfDay(this.zone).toInstant();
			specification = specification
				.and((root, criteria, builder) -> builder.lessThan(root.get("occurredAt"), end));
		}
		return specification;
	}

	private List<String> distinct(String column) {
		return this.jdbc.queryForList(
				"select distinct " + column + " from audit_entry where " + column + " is not null order by 1",
				String.class);
	}

	private static String url(AuditQuery query, int page) {
		UriComponentsBuilder url = UriComponentsBuilder.fromPath("/admin/audit");
		if (query.actor() != null) {
			url.queryParam("actor", query.actor());
		}
		if (query.action() != null) {
			url.queryParam("action", query.action());
		}
		if (query.itemType() != null) {
			url.queryParam("itemType", query.itemType());
		}
		if (query.from() != null) {
			url.queryParam("from", query.from());
		}
		if (query.until() != null) {
			url.queryParam("until", query.until());
		}
		if (page > 1) {
			url.queryParam("page", page);
		}
		return url.encode().build().toUriString();
	}

}
