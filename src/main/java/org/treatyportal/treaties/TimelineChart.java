package org.treatyportal.treaties;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToIntFunction;

/**
 * The drawing of a {@link Timeline}: coordinates of an SVG in a fixed {@code viewBox},
 * for the treaty page's template to draw with no script and no style attribute (the
 * Content-Security-Policy allows neither). Two step lines, the chart's totals over time;
 * a mark at the treaty's entry into force; years along the bottom, counts up the side.
 *
 * @param ratifications path of the ratifications' step line
 * @param signaturesOnly path of the step line of signatures not followed by ratification
 * @param entryIntoForceX where the treaty's entry into force is marked, or {@code null}
 * @param years ticks along the time axis, the labelled ones with their year
 * @param counts ticks up the count axis, each labelled
 */
public record TimelineChart(String ratifications, String signaturesOnly, String entryIntoForceX, List<Tick> years,
		List<Tick> counts) {

	/** Width of the {@code viewBox}. */
	public static final int WIDTH = 480;

	/** Height of the {@code viewBox}. */
	public static final int HEIGHT = 250;

	/** Left edge of the plot: room for the counts. */
	public static final int LEFT = 40;

	/** Right edge of the plot. */
	public static final int RIGHT = WIDTH - 20;

	/** Top edge of the plot: room above for the entry into force's label. */
	public static final int TOP = 24;

	/** Bottom edge of the plot: room below for the years. */
	public static final int BOTTOM = HEIGHT - 28;

	private static final int MAX_YEAR_LABELS = 7;

	private static final int MAX_COUNT_TICKS = 5;

	private static final int[] YEAR_STEPS = { 1, 2, 5, 10, 20, 25, 50, 100 };

	/** The drawing of the timeline; {@code null} when its date is before the opening. */
	public static TimelineChart of(Timeline timeline) {
		if (timeline.beforeOpening()) {
			return null;
		}
		Scale scale = Scale.of(timeline);
		return new TimelineChart(stepLine(timeline, scale, Timeline.Totals::ratifications),
				stepLine(timeline, scale, Timeline.Totals::signaturesOnly),
				(timeline.entryIntoForce() != null) ? number(scale.x(timeline.entryIntoForce())) : null,
				years(timeline, scale), counts(scale));
	}

	/**
	 * Where the label of the entry into force is anchored: on the mark's left or right
	 * side.
	 */
	public String entryIntoForceAnchor() {
		return (this.entryIntoForceX != null && Double.parseDouble(this.entryIntoForceX) > (LEFT + RIGHT) / 2.0) ? "end"
				: "start";
	}

	/** The {@code viewBox} attribute. */
	public String viewBox() {
		return "0 0 " + WIDTH + " " + HEIGHT;
	}

	/** The plot's left edge, where the counts axis runs. */
	public int left() {
		return LEFT;
	}

	/** The plot's right edge: the timeline's last day. */
	public int right() {
		return RIGHT;
	}

	/** The plot's top edge. */
	public int top() {
		return TOP;
	}

	/** The plot's bottom edge, where the time axis runs. */
	public int bottom() {
		return BOTTOM;
	}

	private static String stepLine(Timeline timeline, Scale scale, ToIntFunction<Timeline.Totals> count) {
		StringBuilder path = new StringBuilder("M").append(LEFT).append(' ').append(BOTTOM);
		for (Timeline.Step step : timeline.steps()) {
			path.append(" H").append(number(scale.x(step.date())));
			path.append(" V").append(number(scale.y(count.applyAsInt(step.totals()))));
		}
		return path.append(" H").append(RIGHT).toString();
	}

	private static List<Tick> years(Timeline timeline, Scale scale) {
		int first = timeline.from().getYear() + ((timeline.from().getDayOfYear() == 1) ? 0 : 1);
		int last = timeline.to().getYear();
		int years = last - first + 1;
		int step = YEAR_STEPS[YEAR_STEPS.length - 1];
		for (int candidate : YEAR_STEPS) {
			if ((years + candidate - 1) / candidate <= MAX_YEAR_LABELS) {
				step = candidate;
				break;
			}
		}
		List<Tick> ticks = new ArrayList<>();
		for (int year = first; year <= last; year++) {
			ticks.add(new Tick(number(scale.x(LocalDate.of(year, 1, 1))),
					(year % step == 0) ? String.valueOf(year) : null));
		}
		if (ticks.isEmpty()) {
			// Less than a year, with no new year in it: the year it lies in, at the
			// start.
			ticks.add(new Tick(String.valueOf(LEFT), String.valueOf(timeline.from().getYear())));
		}
		return ticks;
	}

	private static List<Tick> counts(Scale scale) {
		List<Tick> ticks = new ArrayList<>();
		for (int count = 0; count <= scale.top(); count += scale.step()) {
			ticks.add(new Tick(number(scale.y(count)), String.valueOf(count)));
		}
		return ticks;
	}

	private static String number(double value) {
		return String.format(Locale.ROOT, "%.1f", value);
	}

	/**
	 * A tick on an axis.
	 *
	 * @param at its coordinate along the axis
	 * @param label its text, or {@code null} for a tick without one
	 */
	public record Tick(String at, String label) {
	}

	/**
	 * Dates to x and counts to y, inside the plot.
	 *
	 * @param top the highest count on the axis, a multiple of {@code step}
	 * @param step between two labelled counts: 1, 2 or 5 times a power of ten
	 */
	private record Scale(LocalDate from, LocalDate to, int top, int step) {

		static Scale of(Timeline timeline) {
			int highest = 1;
			for (Timeline.Step day : timeline.steps()) {
				highest = Math.max(highest, Math.max(day.totals().ratifications(), day.totals().signaturesOnly()));
			}
			for (int unit = 1;; unit *= 10) {
				for (int factor : new int[] { 1, 2, 5 }) {
					int step = unit * factor;
					if (step * MAX_COUNT_TICKS >= highest) {
						int top = step * (int) Math.ceil(highest / (double) step);
						return new Scale(timeline.from(), timeline.to(), top, step);
					}
				}
			}
		}

		double x(LocalDate date) {
			long days = Math.max(1, ChronoUnit.DAYS.between(this.from, this.to));
			return LEFT + (RIGHT - LEFT) * ChronoUnit.DAYS.between(this.from, date) / (double) days;
		}

		double y(int count) {
			return BOTTOM - (BOTTOM - TOP) * count / (double) this.top;
		}

	}

}
