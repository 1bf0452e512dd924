package org.treatyportal.events;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How event dates, times and zones read on the site.
 */
class EventFormatsTests {

	private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	@Test
	void daysSayTheSharedMonthAndYearOnce() {
		assertThat(EventFormats.days(LocalDate.of(2008, 4, 1), LocalDate.of(2008, 4, 1))).isEqualTo("1 April 2008");
		assertThat(EventFormats.days(LocalDate.of(2008, 4, 1), LocalDate.of(2008, 4, 2))).isEqualTo("1–2 April 2008");
		assertThat(EventFormats.days(LocalDate.of(2008, 3, 30), LocalDate.of(2008, 4, 2)))
			.isEqualTo("30 March – 2 April 2008");
		assertThat(EventFormats.days(LocalDate.of(2008, 12, 30), LocalDate.of(2009, 1, 2)))
			.isEqualTo("30 December 2008 – 2 January 2009");
	}

	@Test
	void timesAreLocalWithTheZoneNamedForPeopleAndByItsIanaName() {
		var start = LocalDateTime.of(2008, 4, 1, 9, 0).atZone(PARIS);
		var sameDay = LocalDateTime.of(2008, 4, 1, 18, 0).atZone(PARIS);
		var nextDay = LocalDateTime.of(2008, 4, 2, 18, 0).atZone(PARIS);

		assertThat(EventFormats.dayAndTimes(start, sameDay)).isEqualTo("1 April 2008, 09:00–18:00");
		assertThat(EventFormats.dayAndTimes(start, nextDay)).isEqualTo("1 April 2008, 09:00 – 2 April 2008, 18:00");
		assertThat(EventFormats.zone(start, nextDay)).isEqualTo("Central European Summer Time (Europe/Paris)");
	}

	@Test
	void anEventAcrossAChangeOfTimeNamesBoth() {
		var start = LocalDateTime.of(2026, 10, 24, 20, 0).atZone(PARIS);
		var end = LocalDateTime.of(2026, 10, 25, 8, 0).atZone(PARIS);

		assertThat(EventFormats.zone(start, end))
			.isEqualTo("Central European Summer Time / Central European Standard Time (Europe/Paris)");
	}

}
