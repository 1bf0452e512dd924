package org.treatyportal.treaties;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.datasource.init.ScriptUtils;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import org.treatyportal.support.PortalIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The public chart of the demo's Additional Protocol (ETS 189) as at the end of 2008: the
 * twelve ratifications with the entry into force the treaty's rule computes, and the
 * fourteen signatures, each with its published source. The demo treaties are loaded in
 * the test's transaction, which is rolled back.
 */
@PortalIntegrationTest
@Transactional
class TreatyDemoChartTests {

	private static final DateTimeFormatter TREATY_OFFICE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private static final String SOURCE = "Netherlands treaty database, entry 010573 (mirrors the depositary's chart)";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private DataSource dataSource;

	@BeforeEach
	void loadDemoTreaties() {
		ScriptUtils.executeSqlScript(DataSourceUtils.getConnection(this.dataSource),
				new ClassPathResource("demo/R__demo_treaties.sql"));
	}

	@Test
	void protocolChartAtTheEndOf2008ShowsTwelveRatificationsWithTheRulesEntryIntoForceAndTheSignatures()
			throws Exception {
		Document html = chart(189);

		assertThat(html.select(".total-ratifications").text()).isEqualTo("12");
		assertThat(html.select(".total-signatures").text()).isEqualTo("14");
		Map<String, List<String>> ratified = new LinkedHashMap<>();
		ratified.put("AL", List.of("26/05/2003", "26/11/2004", "01/03/2006"));
		ratified.put("AM", List.of("28/01/2003", "12/10/2006", "01/02/2007"));
		ratified.put("BA", List.of("09/02/2005", "19/05/2006", "01/09/2006"));
		ratified.put("HR", List.of("26/03/2003", "04/07/2008", "01/11/2008"));
		ratified.put("CY", List.of("19/01/2005", "23/06/2005", "01/03/2006"));
		ratified.put("DK", List.of("11/02/2004", "21/06/2005", "01/03/2006"));
		ratified.put("FR", List.of("28/01/2003", "10/01/2006", "01/05/2006"));
		ratified.put("LV", List.of("05/05/2004", "14/02/2007", "01/06/2007"));
		ratified.put("LT", List.of("07/04/2005", "12/10/2006", "01/02/2007"));
		ratified.put("MK", List.of("14/11/2005", "14/11/2005", "01/03/2006"));
		ratified.put("NO", List.of("29/04/2008", "29/04/2008", "01/08/2008"));
		ratified.put("UA", List.of("08/04/2005", "21/12/2006", "01/04/2007"));
		ratified.forEach((code, dates) -> assertThat(dates(html, code)).as(code).isEqualTo(dates));
		assertThat(html.select("tr.chart-row--ratified").eachAttr("data-iso"))
			.containsExactlyInAnyOrderElementsOf(ratified.keySet());

		Map<String, String> signed = new LinkedHashMap<>();
		for (String code : List.of("BE", "EE", "FI", "DE", "GR", "LU", "MT", "NL")) {
			signed.put(code, "28/01/2003");
		}
		signed.put("MD", "25/04/2003");
		signed.put("IS", "09/10/2003");
		signed.put("CH", "09/10/2003");
		signed.put("ME", "07/04/2005");
		signed.put("CA", "08/07/2005");
		signed.put("LI", "17/11/2008");
		signed.forEach((code, date) -> assertThat(dates(html, code)).as(code).containsExactly(date, "", ""));
		assertThat(html.select("tr.chart-row--signed").eachAttr("data-iso"))
			.containsExactlyInAnyOrderElementsOf(signed.keySet());

		assertThat(html.select("tr.chart-row--ratified a.source-link, tr.chart-row--signed a.source-link")).hasSize(26);
		assertThat(html.select("#source-md + dd").text()).isEqualTo(SOURCE);
	}

	@Test
	void conventionChartKeepsTwentyThreeRatificationsAndAddsIrelandAndLuxembourgWithTheirSource() throws Exception {
		Document html = chart(185);

		assertThat(html.select(".total-ratifications").text()).isEqualTo("23");
		assertThat(html.select(".total-signatures").text()).isEqualTo("19");
		assertThat(dates(html, "IE")).containsExactly("28/02/2002", "", "");
		assertThat(dates(html, "LU")).containsExactly("28/01/2003", "", "");
		assertThat(html.select("#source-ie + dd").text()).isEqualTo("Netherlands Treaty Series, Trb. 2007, 10");
		assertThat(html.select("#statements-lv-reservation .statement__text").text()).contains(
				"not to establish jurisdiction over an offence committed by one of its nationals outside its territory"
						+ " if the offence is punishable under the criminal law of the place where it was committed",
				"completed by a letter of 31 May 2007");
	}

	/**
	 * The signature, ratification and entry into force of a State's row, as the Treaty
	 * Office writes them (23/11/2001), from each cell's machine-readable date.
	 */
	private static List<String> dates(Document html, String code) {
		return html.select("tr[data-iso=" + code + "] td")
			.stream()
			.limit(3)
			.map((cell) -> cell.select("time").attr("datetime"))
			.map((iso) -> iso.isEmpty() ? "" : LocalDate.parse(iso).format(TREATY_OFFICE))
			.toList();
	}

	private Document chart(int number) throws Exception {
		return Jsoup.parse(this.mvc.perform(get("/treaties/" + number + "/chart?asOf=2008-12-31"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

}
