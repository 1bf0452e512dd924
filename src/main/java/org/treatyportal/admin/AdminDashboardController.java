package org.treatyportal.admin;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import org.treatyportal.publishing.PublicationStatus;
import org.treatyportal.publishing.StatusCounter;
import org.treatyportal.publishing.StatusCounts;
import org.treatyportal.web.NavigationSection;

/**
 * The admin dashboard: how much content there is in each publication status.
 */
@Controller
class AdminDashboardController {

	private final List<StatusCounter> counters;

	private final Clock clock;

	AdminDashboardController(List<StatusCounter> counters, Clock clock) {
		this.counters = counters;
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
		return "admin/dashboard";
	}

}
