package org.treatyportal.search;

import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A filter's list is written once, escaped, and shows the value asked for as selected.
 */
class FilterChoicesTests {

	private final FilterChoices choices = new FilterChoices(1,
			Map.of(SearchFilter.TREATY, List.of(new SearchFilter.Choice("185", "ETS 185 <Budapest> & \"more\""),
					new SearchFilter.Choice("18", "ETS 18"), new SearchFilter.Choice("1", "ETS 1"))));

	@Test
	void labelsAreEscapedAndOnlyTheValueAskedForIsSelected() {
		Document list = select(this.choices.options(SearchFilter.TREATY, "18"));

		assertThat(list.select("option").eachText()).containsExactly("ETS 185 <Budapest> & \"more\"", "ETS 18",
				"ETS 1");
		assertThat(list.select("option[selected]").eachAttr("value")).containsExactly("18");
		assertThat(select(this.choices.options(SearchFilter.TREATY, null)).select("option[selected]")).isEmpty();
	}

	@Test
	void aValueThatIsNoChoiceSelectsNothing() {
		assertThat(select(this.choices.options(SearchFilter.TREATY, "\"><script>")).select("option[selected], script"))
			.isEmpty();
		assertThat(this.choices.options(SearchFilter.COUNTRY, "DE")).isEmpty();
	}

	private static Document select(String options) {
		return Jsoup.parse("<select>" + options + "</select>");
	}

}
