package org.treatyportal.audit;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Stream;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;

import org.treatyportal.config.PortalProperties;
import org.treatyportal.web.Csv;
import org.treatyportal.web.NavigationSection;
import org.treatyportal.web.Pagination;

/**
 * The audit log for admins: who did what to which item, when and from where, newest
 * first, written as sentences in the interface language with links to the items, filtered
 * by actor, action, item type and dates, and exported as CSV.
 */
@Controller
@RequestMapping("/admin/audit")
@NavigationSection("audit")
class AuditAdminController {

	private static final int PAGE_SIZE = 50;

	private static final int EXPORT_PAGE = 1000;

	private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("occurredAt"), Sort.Order.desc("id"));

	private final AuditEntryRepository entries;

	private final AuditLines lines;

	private final JdbcTemplate jdbc;

	private final MessageSource messages;

	private final Clock clock;

	private final ZoneId zone;

	AuditAdminController(AuditEntryRepository entries, AuditLines lines, JdbcTemplate jdbc, MessageSource messages,
			Clock clock, PortalProperties properties) {
		this.entries = entries;
		this.lines = lines;
		this.jdbc = jdbc;
		this.messages = messages;
		this.clock = clock;
		this.zone = properties.timeZone();
	}

	@GetMapping
	@Transactional(readOnly = true)
	String list(@ModelAttribute("query") AuditQuery query, @RequestParam(defaultValue = "1") int page, Locale locale,
			Model model) {
		if (page < 1) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
		PageRequest pageable = PageRequest.of(page - 1, PAGE_SIZE, NEWEST_FIRST);
		Page<AuditLine> result = ((pageable.getOffset() > Integer.MAX_VALUE) ? Page.<AuditEntry>empty(pageable)
				: this.entries.findAll(matching(query), pageable))
			.map((entry) -> this.lines.line(entry, locale));
		model.addAttribute("entries", result);
		model.addAttribute("pagination", Pagination.of(result, (number) -> url("/admin/audit", query, number)));
		model.addAttribute("exportUrl", url("/admin/audit/export", query, 1));
		model.addAttribute("actions", names(distinct("action"), (code) -> this.lines.actionName(code, locale)));
		model.addAttribute("itemTypes", names(distinct("item_type"), (type) -> this.lines.itemTypeName(type, locale)));
		model.addAttribute("zone", this.zone);
		return "audit/list";
	}

	/**
	 * The entries the filters select, all of them, as CSV (RFC 4180) in the interface
	 * language, for a spreadsheet or an archive.
	 */
	@GetMapping("/export")
	@Transactional(readOnly = true)
	ResponseEntity<String> export(@ModelAttribute("query") AuditQuery query, Locale locale) {
		StringBuilder csv = new StringBuilder();
		Csv.line(csv,
				Stream.of("when", "actor", "action", "sentence", "item", "itemType", "itemId", "address", "details")
					.map((column) -> this.messages.getMessage("audit.csv." + column, null, locale))
					.toList());
		Specification<AuditEntry> matching = matching(query);
		Page<AuditEntry> page = this.entries.findAll(matching, PageRequest.of(0, EXPORT_PAGE, NEWEST_FIRST));
		while (true) {
			for (AuditEntry entry : page) {
				AuditLine line = this.lines.line(entry, locale);
				Csv.line(csv,
						Arrays.asList(entry.getOccurredAt().atZone(this.zone).toOffsetDateTime().toString(),
								line.actor(), line.action(), line.sentence(), line.label(), entry.getItemType(),
								(entry.getItemId() != null) ? entry.getItemId().toString() : null, line.address(),
								line.details()));
			}
			if (!page.hasNext()) {
				break;
			}
			page = this.entries.findAll(matching, page.nextPageable());
		}
		String file = "audit-log-" + LocalDate.ofInstant(this.clock.instant(), this.zone) + ".csv";
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file).build().toString())
			.body(csv.toString());
	}

	/** An entry's item, at its admin page now; 404 when it is gone. */
	@GetMapping("/items/{itemType}/{id}")
	String item(@PathVariable String itemType, @PathVariable long id) {
		return "redirect:" + this.lines.adminPath(itemType, id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private static List<Choice> names(List<String> codes, Function<String, String> name) {
		return codes.stream().map((code) -> new Choice(code, name.apply(code))).toList();
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

	private static String url(String path, AuditQuery query, int page) {
		UriComponentsBuilder url = UriComponentsBuilder.fromPath(path);
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

	/**
	 * One choice of a filter.
	 *
	 * @param value the code sent
	 * @param name what the admin reads
	 */
	record Choice(String value, String name) {
	}

}
