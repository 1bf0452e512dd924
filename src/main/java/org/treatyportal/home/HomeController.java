package org.treatyportal.home;

import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import org.treatyportal.events.EventService;
import org.treatyportal.events.EventSummary;
import org.treatyportal.news.ArticleKind;
import org.treatyportal.news.ArticleService;
import org.treatyportal.seo.PageMeta;
import org.treatyportal.seo.StructuredData;
import org.treatyportal.treaties.ShownTreaties;
import org.treatyportal.web.NavigationSection;

/**
 * The home page: latest news and press releases, upcoming events, and ways into the
 * treaties and country profiles.
 */
@Controller
class HomeController {

	private static final int LATEST_NEWS = 5;

	private static final int LATEST_PRESS_RELEASES = 4;

	private static final int UPCOMING_EVENTS = 3;

	/** The site's name and tagline, and the site as a whole for search engines. */
	private static final PageMeta META = PageMeta.of(null, null, "/").withStructuredData(StructuredData.webSite());

	private final ArticleService articles;

	private final ShownTreaties treaties;

	private final EventService events;

	HomeController(ArticleService articles, ShownTreaties treaties, EventService events) {
		this.articles = articles;
		this.treaties = treaties;
		this.events = events;
	}

	@GetMapping("/")
	@NavigationSection("home")
	String home(Model model, Locale locale) {
		String language = locale.toLanguageTag();
		model.addAttribute("news", this.articles.latest(ArticleKind.NEWS, LATEST_NEWS, language));
		model.addAttribute("pressReleases",
				this.articles.latest(ArticleKind.PRESS_RELEASE, LATEST_PRESS_RELEASES, language));
		model.addAttribute("treatyStatus", this.treaties.summaries());
		List<EventSummary> upcoming = this.events.upcoming(UPCOMING_EVENTS);
		model.addAttribute("upcomingEvents", upcoming);
		// With nothing announced, the latest events keep the block useful.
		model.addAttribute("recentEvents", upcoming.isEmpty() ? this.events.recent(UPCOMING_EVENTS) : List.of());
		model.addAttribute(PageMeta.MODEL_ATTRIBUTE, META);
		return "home";
	}

}
