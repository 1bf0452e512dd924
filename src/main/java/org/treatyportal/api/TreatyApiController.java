package org.treatyportal.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.treatyportal.treaties.Chart;
import org.treatyportal.treaties.ChartQuery;
import org.treatyportal.treaties.ChartRow;
import org.treatyportal.treaties.StatementKind;
import org.treatyportal.treaties.Treaty;
import org.treatyportal.treaties.TreatyService;
import org.treatyportal.treaties.TreatySummary;
import org.treatyportal.treaties.TreatyWording;
import org.treatyportal.web.Languages;

/**
 * Treaties and their charts of signatures and ratifications as JSON, in the language
 * {@code lang} asks for (the site's default without it): a treaty without a version in
 * that language gives its original, its {@code language} saying which.
 */
@RestController
@RequestMapping("/api/treaties")
@Tag(name = "Treaties")
class TreatyApiController {

	private final TreatyService treaties;

	private final Languages languages;

	TreatyApiController(TreatyService treaties, Languages languages) {
		this.treaties = treaties;
		this.languages = languages;
	}

	@GetMapping
	@Operation(summary = "Every treaty with its totals today")
	ApiPage<TreatyJson> list(@RequestParam(defaultValue = "1") int page, @RequestParam(defaultValue = "20") int size,
			@RequestParam(required = false) String lang) {
		String language = ContentLanguageParam.use(lang, this.languages);
		List<TreatyJson> all = this.treaties.summaries().stream().map((summary) -> json(summary, language)).toList();
		return ApiPage.of(all, new Paging(page, size));
	}

	@GetMapping("/{number}")
	@Operation(summary = "One treaty with its totals today")
	TreatyJson treaty(@PathVariable int number, @RequestParam(required = false) String lang) {
		String language = ContentLanguageParam.use(lang, this.languages);
		return this.treaties.summaries()
			.stream()
			.filter((summary) -> summary.treaty().getNumber() == number)
			.findFirst()
			.map((summary) -> json(summary, language))
			.orElseThrow();
	}

	@GetMapping("/{number}/chart")
	@Operation(summary = "The chart of signatures and ratifications, today or as of a date (asOf=YYYY-MM-DD)")
	ChartJson chart(@PathVariable int number, @RequestParam(required = false) String asOf,
			@RequestParam(required = false) String lang) {
		ContentLanguageParam.use(lang, this.languages);
		ChartQuery query = ChartQuery.parse(asOf, null, null, null, null);
		Treaty treaty = this.treaties.find(number).orElseThrow();
		Chart chart = this.treaties.chart(treaty, query);
		return new ChartJson(treaty.getReference(), chart.date(), chart.ratifications(), chart.signaturesOnly(),
				chart.rows().stream().map(TreatyApiController::json).toList());
	}

	private TreatyJson json(TreatySummary summary, String language) {
		Treaty treaty = summary.treaty();
		TreatyWording wording = treaty.in(language);
		return new TreatyJson(treaty.getSeries(), treaty.getNumber(), wording.language(), wording.title(),
				wording.shortTitle(), treaty.getOpenedOn(), treaty.getOpenedPlace(), treaty.getEntryIntoForce(),
				treaty.getEntryIntoForceCondition(), summary.ratifications(), summary.signaturesOnly(),
				this.languages.pathIn(language, "/treaties/" + treaty.getNumber()),
				"/api/treaties/" + treaty.getNumber() + "/chart"
						+ (language.equals(this.languages.defaultLanguage()) ? "" : "?lang=" + language));
	}

	private static StateJson json(ChartRow row) {
		return new StateJson(row.code(), row.name(), row.member(), row.status().name(), row.signature(), row.consent(),
				(row.consentKind() != null) ? row.consentKind().name() : null, row.entryIntoForce(), row.notes(),
				row.source(), row.statementCounts());
	}

	/**
	 * A treaty.
	 *
	 * @param series ETS or CETS
	 * @param number its number in the series
	 * @param language the language of the title and short title: the one asked for, or
	 * the original's where the treaty has no version in it
	 * @param ratifications ratifications and accessions today
	 * @param signaturesOnly signatures not followed by ratification today
	 * @param url its page
	 * @param chartUrl its chart in this API
	 */
	record TreatyJson(String series, int number, String language, String title, String shortTitle, LocalDate openedOn,
			String openedPlace, LocalDate entryIntoForce, String entryIntoForceCondition, int ratifications,
			int signaturesOnly, String url, String chartUrl) {
	}

	/**
	 * A chart as of a date.
	 *
	 * @param treaty the treaty's reference, e.g. ETS 185
	 * @param asOf the date of the chart
	 * @param states one line per State, members first
	 */
	record ChartJson(String treaty, LocalDate asOf, int ratifications, int signaturesOnly, List<StateJson> states) {
	}

	/**
	 * One State's line on a chart.
	 *
	 * @param code ISO alpha-2 code
	 * @param status RATIFIED, SIGNED or NEITHER
	 * @param consentKind RATIFICATION, ACCESSION or SUCCESSION
	 * @param source where the dates come from, when an admin published it; otherwise
	 * empty
	 * @param statements number of statements by kind
	 */
	record StateJson(String code, String name, boolean member, String status, LocalDate signature, LocalDate consent,
			String consentKind, LocalDate entryIntoForce, String notes, String source,
			Map<StatementKind, Integer> statements) {
	}

}
