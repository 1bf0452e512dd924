package org.treatyportal.events;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The IANA time zones offered in the event form, grouped by region ({@code Europe},
 * {@code Asia}, ...), then {@code UTC} under {@code Other}, where a zone an event already
 * has is offered too if it is none of these (an old alias such as {@code US/Eastern}).
 */
final class TimeZones {

	private static final Pattern REGION = Pattern
		.compile("(Africa|America|Antarctica|Asia|Atlantic|Australia|Europe|Indian|Pacific)/[A-Za-z_\\-/]+");

	private static final Map<String, List<String>> BY_REGION = ZoneId.getAvailableZoneIds()
		.stream()
		.filter((id) -> REGION.matcher(id).matches())
		.sorted()
		.collect(Collectors.groupingBy((id) -> id.substring(0, id.indexOf('/')), TreeMap::new, Collectors.toList()));

	private TimeZones() {
	}

	/**
	 * The zones by region, with the given one added under "Other" when it is not among
	 * them.
	 */
	static Map<String, List<String>> choices(String current) {
		Map<String, List<String>> choices = new LinkedHashMap<>(BY_REGION);
		List<String> other = new ArrayList<>(List.of("UTC"));
		if (current != null && !current.isBlank() && !current.equals("UTC")
				&& choices.values().stream().noneMatch((zones) -> zones.contains(current))) {
			other.add(current);
		}
		choices.put("Other", other);
		return choices;
	}

}
