package org.treatyportal.admin;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import org.treatyportal.audit.AuditLog;
import org.treatyportal.publishing.EditorialDesk;
import org.treatyportal.publishing.PublicationStatus;
import org.treatyportal.publishing.StatusCounter;
import org.treatyportal.publishing.StatusCounts;
import org.treatyportal.web.NavigationSection;

/**
 * The admin dashboard: what is scheduled next, drafts waiting, translations that may be
 * out of date, the latest changes, one's own items, and how much content there is in each
 * publication status.
 */
@Controller
class AdminDashboardController {

	private final List<StatusCounter> counters;

	private final EditorialDesk desk;

	private final AuditLog auditLog;

	private final Clock clock;

	AdminDashboardController(List<StatusCounter> counters, EditorialDesk desk, AuditLog auditLog, Clock clock) {
		this.counters = counters;
		this.desk = desk;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	@GetMapping("/admin")
	@NavigationSection("dashboard")
	String dashboard(Model model) {
		Instant now = this.clock.instant();
		List<StatusCounts> counts = this.counters.stream()
			.flatMap((counter) -> counter.countByStatus(now).stream())
			.toList();
		model.addAttribute("counts", counts);
		model.addAttribute("statuses", PublicationStatus.values());
		model.addAttribute("scheduled", this.desk.scheduled());
		model.addAttribute("drafts", this.desk.drafts());
		model.addAttribute("outOfDate", this.desk.outOfDateTranslations());
		model.addAttribute("recent", this.desk.recent());
		Long me = this.auditLog.currentActor().id();
		model.addAttribute("mine", (me != null) ? this.desk.writtenBy(me) : List.of());
		return "admin/dashboard";
	}

}
