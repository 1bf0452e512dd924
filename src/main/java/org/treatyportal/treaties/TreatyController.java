package org.treatyportal.treaties;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

import org.treatyportal.config.PortalProperties;
import org.treatyportal.news.ArticleService;
import org.treatyportal.related.Related;
import org.treatyportal.seo.PageMeta;
import org.treatyportal.seo.StructuredData;
import org.treatyportal.web.LocalDates;
import org.treatyportal.web.NavigationSection;
import org.treatyportal.web.SiteIdentity;

/**
 * The public treaty pages: the list, a treaty, and its chart of signatures and
 * ratifications (as HTML and CSV, today or as of a date).
 */
@Controller
@NavigationSection("treaties")
class TreatyController {

	private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	private final TreatyService treaties;

	private final Related related;

	private final ArticleService articles;

	private final MessageSource messages;

	private final PortalProperties properties;

	private final TreatyReferences references;

	private final ShownTreaties shown;

	TreatyController(TreatyService treaties, Related related, ArticleService articles, MessageSource messages,
			PortalProperties properties, TreatyReferences references, ShownTreaties shown) {
		this.treaties = treaties;
		this.shown = shown;
		this.related = related;
		this.articles = articles;
		this.messages = messages;
		this.properties = properties;
		this.references = references;
	}

	@GetMapping("/treaties")
	String list(Model model) {
		model.addAttribute("summaries", this.shown.summaries());
		model.addAttribute(PageMeta.MODEL_ATTRIBUTE,
				PageMeta.fromMessages("meta.treaties.title", "meta.treaties.description", "/treaties"));
		return "treaties/list";
	}

	@GetMapping("/treaties/{number:\\d{1,9}}")
	String treaty(@PathVariable int number, @RequestParam(required = false) String asOf, Model model, Locale locale) {
		ChartQuery asked = ChartQuery.parse(asOf, null, null, null, null);
		Treaty treaty = this.shown.find(number).orElseThrow();
		Timeline timeline = this.treaties.timeline(treaty, asked.asOf());
		TreatyWording wording = treaty.in(locale.getLanguage());
		model.addAttribute("treaty", treaty);
		model.addAttribute("wording", wording);
		model.addAttribute("asOf", asked.asOf());
		model.addAttribute("timeline", timeline);
		model.addAttribute("timelineChart", TimelineChart.of(timeline));
		model.addAttribute("chartUrl", asked.url(treaty.getNumber()));
		model.addAttribute("texts", this.treaties.texts(treaty));
		model.addAttribute("news",
				this.articles.mentioning(List.of(treaty.getShortTitle(), treaty.getReference()), Related.NEWS_COUNT));
		model.addAttribute("related", this.related.forTreaty(treaty.getNumber()));
		model.addAttribute(PageMeta.MODEL_ATTRIBUTE,
				PageMeta
					.of(wording.shortTitle() + " (" + this.references.of(treaty) + ")",
							PageMeta.text(wording.summary()), "/treaties/" + treaty.getNumber())
					.withStructuredData(
							StructuredData.legislation(wording.title(), treaty.getReference(), treaty.getOpenedOn())));
		return "treaties/treaty";
	}

	@GetMapping("/treaties/{number:\\d{1,9}}/chart")
	String chart(@PathVariable int number, @RequestParam(required = false) String asOf,
			@RequestParam(required = false) String group, @RequestParam(required = false) String status,
			@RequestParam(required = false) String sort, @RequestParam(required = false) String dir, Model model,
			Locale locale, HttpServletResponse response) {
		// The date field is text in the page's language; its address keeps ISO 8601. A
		// date typed otherwise goes to that address, a wrong one is shown in the field.
		LocalDate date = null;
		if (asOf != null && !asOf.isBlank()) {
			try {
				date = LocalDates.parse(asOf, locale);
			}
			catch (DateTimeParseException ex) {
				model.addAttribute("asOfTyped", asOf);
				model.addAttribute("asOfError",
						this.messages.getMessage("treaties.chart.asOfInvalid", new Object[] { asOf }, locale));
				response.setStatus(HttpStatus.BAD_REQUEST.value());
			}
		}
		ChartQuery query = ChartQuery.parse(null, group, status, sort, dir).withAsOf(date);
		if (date != null && !asOf.equals(date.toString())) {
			return "redirect:" + query.url(number);
		}
		Treaty treaty = this.shown.find(number).orElseThrow();
		TreatyWording wording = treaty.in(locale.getLanguage());
		model.addAttribute("chart", this.treaties.chart(treaty, query));
		model.addAttribute("wording", wording);
		model.addAttribute("statementKinds", StatementKind.values());
		model.addAttribute("statuses", PartyStatus.values());
		model.addAttribute("groups", ChartQuery.Group.values());
		model.addAttribute("sorts", ChartQuery.Sort.values());
		// Every date, filter and order of the chart is one page for search engines:
		// today's, in full.
		model.addAttribute(PageMeta.MODEL_ATTRIBUTE, PageMeta.fromMessages("meta.chart.title", "meta.chart.description",
				"/treaties/" + treaty.getNumber() + "/chart", wording.shortTitle(), this.references.of(treaty)));
		return "treaties/chart";
	}

	@GetMapping("/treaties/{number:\\d{1,9}}/chart.csv")
	ResponseEntity<String> chartCsv(@PathVariable int number, @RequestParam(required = false) String asOf,
			@RequestParam(required = false) String group, @RequestParam(required = false) String status,
			@RequestParam(required = false) String sort, @RequestParam(required = false) String dir, Locale locale) {
		ChartQuery query = ChartQuery.parse(asOf, group, status, sort, dir);
		Treaty treaty = this.shown.find(number).orElseThrow();
		Chart chart = this.treaties.chart(treaty, query);
		String filename = treaty.getSeries().toLowerCase(Locale.ROOT) + "-" + treaty.getNumber() + "-chart-"
				+ chart.date() + ".csv";
		return ResponseEntity.ok()
			.contentType(CSV)
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + filename + "\"")
			.body(ChartCsv.write(chart, this.messages, locale));
	}

	@ExceptionHandler(BadTreatyRequest.class)
	Object badRequest(BadTreatyRequest bad, HttpServletRequest request, Locale locale) {
		String message = this.messages.getMessage(bad.getMessageKey(), bad.getArguments(), locale);
		if (request.getRequestURI().endsWith(".csv")) {
			return ResponseEntity.badRequest()
				.contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
				.body(message + "\n");
		}
		ModelAndView page = new ModelAndView("treaties/bad-request");
		page.addObject("message", message);
		// Exception handlers get no model from the controller advice: add what the layout
		// reads.
		page.addObject("site", SiteIdentity.of(this.properties, locale));
		page.addObject("section", "treaties");
		page.setStatus(HttpStatus.BAD_REQUEST);
		return page;
	}

}
