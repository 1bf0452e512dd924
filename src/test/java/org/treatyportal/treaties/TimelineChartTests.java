package org.treatyportal.treaties;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The geometry of the timeline's drawing: step lines from the left edge (the timeline's
 * start) to the right edge (its date), round counts up the side, a few labelled years.
 */
class TimelineChartTests {

	private static final LocalDate FROM = LocalDate.of(2000, 1, 1);

	private static final LocalDate TO = LocalDate.of(2010, 1, 1);

	@Test
	void stepLinesRiseOnEachDayAndRunToTheDate() {
		LocalDate middle = LocalDate.of(2005, 1, 1);
		TimelineChart chart = TimelineChart.of(timeline(TO, List.of(step(middle, 3, 7)), null));

		String x = String.format(Locale.ROOT, "%.1f", 40 + 420.0 * 1827 / 3653);
		assertThat(chart.ratifications()).isEqualTo("M40 222 H" + x + " V147.8 H460");
		assertThat(chart.signaturesOnly()).isEqualTo("M40 222 H" + x + " V48.8 H460");
		assertThat(chart.counts()).extracting(TimelineChart.Tick::label).containsExactly("0", "2", "4", "6", "8");
		assertThat(chart.entryIntoForceX()).isNull();
	}

	@Test
	void countsGoUpInRoundStepsAboveTheHighestTotal() {
		TimelineChart chart = TimelineChart.of(timeline(TO, List.of(step(LocalDate.of(2001, 1, 1), 23, 31)), null));

		assertThat(chart.counts()).extracting(TimelineChart.Tick::label).containsExactly("0", "10", "20", "30", "40");
		assertThat(chart.counts().get(0).at()).isEqualTo("222.0");
		assertThat(chart.counts().get(4).at()).isEqualTo("24.0");
	}

	@Test
	void yearsAreLabelledSparselyEnoughToRead() {
		TimelineChart chart = TimelineChart
			.of(timeline(LocalDate.of(2026, 12, 4), List.of(), LocalDate.of(2004, 7, 1)));

		List<String> labels = chart.years()
			.stream()
			.map(TimelineChart.Tick::label)
			.filter((label) -> label != null)
			.toList();
		assertThat(chart.years()).hasSize(27);
		assertThat(labels).containsExactly("2000", "2005", "2010", "2015", "2020", "2025");
		assertThat(chart.entryIntoForceX()).isNotNull();
		assertThat(chart.entryIntoForceAnchor()).isEqualTo("start");
	}

	@Test
	void nothingIsDrawnBeforeTheOpening() {
		assertThat(TimelineChart.of(timeline(FROM.minusDays(1), List.of(), null))).isNull();
	}

	private static Timeline timeline(LocalDate to, List<Timeline.Step> steps, LocalDate inForce) {
		Timeline.Totals last = steps.isEmpty() ? new Timeline.Totals(0, 0) : steps.get(steps.size() - 1).totals();
		return new Timeline(null, FROM, to, steps, last, inForce);
	}

	private static Timeline.Step step(LocalDate date, int ratifications, int signaturesOnly) {
		return new Timeline.Step(date, List.of(), new Timeline.Totals(ratifications, signaturesOnly));
	}

}
