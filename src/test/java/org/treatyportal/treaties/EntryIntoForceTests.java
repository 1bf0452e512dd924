package org.treatyportal.treaties;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The entry-into-force rule on real cases of the Convention on Cybercrime (ETS 185: three
 * months, in force on 1 July 2004).
 */
class EntryIntoForceTests {

	private static final LocalDate ETS_185_IN_FORCE = LocalDate.of(2004, 7, 1);

	@Test
	void ratificationIn2012EntersIntoForceOnTheFirstDayAfterThreeMonths() {
		assertThat(EntryIntoForce.forParty(LocalDate.of(2012, 6, 13), 3, ETS_185_IN_FORCE))
			.isEqualTo(LocalDate.of(2012, 10, 1));
	}

	@Test
	void ratificationIn2010EntersIntoForceOnTheFirstDayAfterThreeMonths() {
		assertThat(EntryIntoForce.forParty(LocalDate.of(2010, 3, 15), 3, ETS_185_IN_FORCE))
			.isEqualTo(LocalDate.of(2010, 7, 1));
	}

	@Test
	void ratificationBeforeTheTreatyWasInForceTakesTheTreatysDate() {
		assertThat(EntryIntoForce.forParty(LocalDate.of(2002, 6, 20), 3, ETS_185_IN_FORCE)).isEqualTo(ETS_185_IN_FORCE);
	}

	@Test
	void depositOnTheFirstOrLastDayOfAMonthCountsWholeMonths() {
		assertThat(EntryIntoForce.forParty(LocalDate.of(2006, 6, 30), 3, ETS_185_IN_FORCE))
			.isEqualTo(LocalDate.of(2006, 10, 1));
		assertThat(EntryIntoForce.forParty(LocalDate.of(2007, 2, 1), 3, ETS_185_IN_FORCE))
			.isEqualTo(LocalDate.of(2007, 6, 1));
		assertThat(EntryIntoForce.forParty(LocalDate.of(2006, 11, 30), 3, ETS_185_IN_FORCE))
			.isEqualTo(LocalDate.of(2007, 3, 1));
	}

	@Test
	void noDateWithoutDepositOrWhileTheTreatyIsNotInForce() {
		assertThat(EntryIntoForce.forParty(null, 3, ETS_185_IN_FORCE)).isNull();
		assertThat(EntryIntoForce.forParty(LocalDate.of(2010, 3, 15), 3, null)).isNull();
	}

}
