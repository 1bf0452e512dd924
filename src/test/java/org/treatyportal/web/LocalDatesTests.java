package org.treatyportal.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Dates shown and typed in each language: one written form per language, date fields that
 * read what they show, what the language writes in full and ISO 8601.
 */
class LocalDatesTests {

	private static final Locale FRENCH = Locale.FRENCH;

	private static final Locale ENGLISH = Locale.ENGLISH;

	private static final LocalDate BUDAPEST = LocalDate.of(2001, 11, 23);

	@Test
	void dayIsWrittenInFullWithTheFrenchOrdinalForTheFirst() {
		assertThat(LocalDates.day(BUDAPEST, ENGLISH)).isEqualTo("23 November 2001");
		assertThat(LocalDates.day(BUDAPEST, FRENCH)).isEqualTo("23 novembre 2001");
		assertThat(LocalDates.day(LocalDate.of(2004, 7, 1), FRENCH)).isEqualTo("1er juillet 2004");
		assertThat(LocalDates.day(LocalDate.of(2004, 7, 1), ENGLISH)).isEqualTo("1 July 2004");
	}

	@Test
	void fieldShowsTheDateAsTheLanguageTypesIt() {
		assertThat(LocalDates.input(BUDAPEST, ENGLISH)).isEqualTo("23 Nov 2001");
		assertThat(LocalDates.input(BUDAPEST, FRENCH)).isEqualTo("23/11/2001");
		assertThat(LocalDates.input(null, FRENCH)).isEmpty();
	}

	@Test
	void fieldReadsWhatItShowsInEachLanguage() {
		for (Locale locale : new Locale[] { ENGLISH, FRENCH }) {
			assertThat(LocalDates.parse(LocalDates.input(BUDAPEST, locale), locale)).isEqualTo(BUDAPEST);
			assertThat(LocalDates.parse(LocalDates.day(BUDAPEST, locale), locale)).isEqualTo(BUDAPEST);
			assertThat(LocalDates.parse(" 2001-11-23 ", locale)).isEqualTo(BUDAPEST);
		}
	}

	@Test
	void fieldReadsHowPeopleTypeADate() {
		assertThat(LocalDates.parse("23 nov 2001", ENGLISH)).isEqualTo(BUDAPEST);
		assertThat(LocalDates.parse("23  NOVEMBER 2001", ENGLISH)).isEqualTo(BUDAPEST);
		assertThat(LocalDates.parse("1er juillet 2004", FRENCH)).isEqualTo(LocalDate.of(2004, 7, 1));
		assertThat(LocalDates.parse("1/7/2004", FRENCH)).isEqualTo(LocalDate.of(2004, 7, 1));
		assertThat(LocalDates.parse("  ", FRENCH)).isNull();
	}

	@Test
	void fieldRefusesWhatIsNotADateOfItsLanguage() {
		assertThatExceptionOfType(DateTimeParseException.class)
			.isThrownBy(() -> LocalDates.parse("11/23/2001", ENGLISH));
		assertThatExceptionOfType(DateTimeParseException.class)
			.isThrownBy(() -> LocalDates.parse("23/11/2001", ENGLISH));
		assertThatExceptionOfType(DateTimeParseException.class)
			.isThrownBy(() -> LocalDates.parse("30/02/2008", FRENCH));
		assertThatExceptionOfType(DateTimeParseException.class)
			.isThrownBy(() -> LocalDates.parse("23 novembre 2001", ENGLISH));
		assertThatExceptionOfType(DateTimeParseException.class)
			.isThrownBy(() -> LocalDates.parse("2001-13-01", FRENCH));
		assertThatExceptionOfType(DateTimeParseException.class).isThrownBy(() -> LocalDates.parse("soon", FRENCH));
	}

	@Test
	void dayAndTimeFieldShowsAndReadsTheLanguagesWayAndIso() {
		LocalDateTime opening = BUDAPEST.atTime(9, 30);

		assertThat(LocalDates.input(opening, ENGLISH)).isEqualTo("23 Nov 2001 09:30");
		assertThat(LocalDates.input(opening, FRENCH)).isEqualTo("23/11/2001 09:30");
		for (Locale locale : new Locale[] { ENGLISH, FRENCH }) {
			assertThat(LocalDates.parseDateTime(LocalDates.input(opening, locale), locale)).isEqualTo(opening);
			assertThat(LocalDates.parseDateTime("2001-11-23T09:30", locale)).isEqualTo(opening);
			assertThat(LocalDates.parseDateTime(" ", locale)).isNull();
		}
		assertThat(LocalDates.parseDateTime("23 November 2001, 9:30", ENGLISH)).isEqualTo(opening);
		assertThat(LocalDates.parseDateTime("23 novembre 2001 9h30", FRENCH)).isEqualTo(opening);
	}

	@Test
	void dayAndTimeFieldRefusesADayWithoutTimeOrATimeWithoutDay() {
		assertThatExceptionOfType(DateTimeParseException.class)
			.isThrownBy(() -> LocalDates.parseDateTime("23 Nov 2001", ENGLISH));
		assertThatExceptionOfType(DateTimeParseException.class)
			.isThrownBy(() -> LocalDates.parseDateTime("09:30", ENGLISH));
		assertThatExceptionOfType(DateTimeParseException.class)
			.isThrownBy(() -> LocalDates.parseDateTime("23/11/2001 25:00", FRENCH));
	}

}
