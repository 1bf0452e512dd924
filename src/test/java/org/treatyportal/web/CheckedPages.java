package org.treatyportal.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import org.treatyportal.news.TestArticles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The pages the build checks: every HTML address of the README's table, with a published
 * item for each placeholder, in English and under {@code /fr}, and every admin form (new
 * and edit of each kind of thing an admin keeps). The language, HTML validity and
 * accessibility tests all walk this one list.
 */
public final class CheckedPages {

	private final String suffix = UUID.randomUUID().toString().substring(0, 8);

	/**
	 * Treaty numbers of the instances in this run, which share one database: distinct,
	 * where numbers drawn at random met once.
	 */
	private static final AtomicInteger TREATIES = new AtomicInteger(96_000);

	private final int treaty = TREATIES.incrementAndGet();

	/** The number of the treaty {@link #publish} adds. */
	public int treaty() {
		return this.treaty;
	}

	/** The slug suffix of the items {@link #publish} adds. */
	public String suffix() {
		return this.suffix;
	}

	/**
	 * Publishes one item of each kind the README's placeholders stand for, once; the
	 * treaty with a State's record and a statement.
	 */
	public void publish(JdbcTemplate jdbc, TestArticles articles) {
		if (jdbc.queryForObject("select count(*) from page where slug = ?", Integer.class,
				"lang-page-" + this.suffix) > 0) {
			return;
		}
		Instant past = Instant.parse("2008-04-01T10:00:00Z");
		articles.news("Language news").slug("lang-news-" + this.suffix).publishedAt(past).save();
		articles.pressRelease("Language release").slug("lang-release-" + this.suffix).publishedAt(past).save();
		jdbc.update("insert into page (slug, title, summary, body, state, publish_at, first_published_at,"
				+ " created_at, updated_at) values (?, 'Language page', 'A page', '<p>Text</p>', 'PUBLISHED',"
				+ " now(), now(), now(), now())", "lang-page-" + this.suffix);
		jdbc.update("insert into event (slug, title, summary, body, state, publish_at, first_published_at,"
				+ " created_at, updated_at, all_day, start_date, end_date, starts_at, ends_at, venue, city)"
				+ " values (?, 'Language event', 'An event', '<p>Text</p>', 'PUBLISHED', now(), now(), now(), now(),"
				+ " true, '2099-04-01', '2099-04-02', '2099-04-01T00:00:00Z', '2099-04-03T00:00:00Z', '', '')",
				"lang-event-" + this.suffix);
		jdbc.update("insert into document (slug, title, summary, state, publish_at, first_published_at,"
				+ " document_type) values (?, 'Language document', 'A document', 'PUBLISHED', now(), now(),"
				+ " 'REPORT')", "lang-document-" + this.suffix);
		// Each item has a French version at the same slug, so the walks check real pairs;
		// an item without one announces no French version (ArticleLanguageTests).
		for (String type : List.of("article", "page", "event", "document")) {
			jdbc.update("insert into " + type + "_translation (" + type + "_id, language, slug, title, based_on,"
					+ " updated_at) select id, 'fr', slug, title || ' (fr)', '', now() from " + type
					+ " where slug like ?", "lang-%-" + this.suffix);
		}
		jdbc.update(
				"insert into treaty (series, number, title, short_title, opened_on, entry_into_force)"
						+ " values ('CETS', ?, 'Language convention', 'Language', '2001-11-23', '2004-07-01')",
				this.treaty);
		Long party = jdbc.queryForObject("insert into treaty_party (treaty_id, country_code, signature_date,"
				+ " consent_date, consent_kind) select id, 'EE', '2001-11-23', '2003-05-12', 'RATIFICATION'"
				+ " from treaty where series = 'CETS' and number = ? returning id", Long.class, this.treaty);
		jdbc.update("insert into treaty_statement (party_id, kind, statement_date, articles, text)"
				+ " values (?, 'TERRITORIAL_APPLICATION', '2003-05-12', 'Article 38', 'Applies to the islands.')",
				party);
	}

	/**
	 * The HTML pages of the README's table of addresses, with a published item for each
	 * placeholder.
	 */
	public List<String> publicRoutes() {
		String readme = readme();
		String table = readme.substring(readme.indexOf("## What is there"),
				readme.indexOf("## Writing and publishing"));
		Set<String> routes = new LinkedHashSet<>();
		Matcher row = Pattern.compile("(?m)^\\| (.*?) \\|").matcher(table);
		while (row.find()) {
			Matcher address = Pattern.compile("`([^`]+)`").matcher(row.group(1));
			while (address.find()) {
				String route = address.group(1);
				if (isHtmlPage(route)) {
					routes.add(route);
				}
			}
		}
		List<String> concrete = new ArrayList<>();
		for (String route : routes) {
			concrete.add(concrete(route));
		}
		return concrete;
	}

	/** The public routes in English, each followed by its French address. */
	public List<String> publicRoutesInBothLanguages() {
		List<String> both = new ArrayList<>();
		for (String route : publicRoutes()) {
			both.add(route);
			both.add(french(route));
		}
		return both;
	}

	/** The French address of an English page. */
	public static String french(String route) {
		return route.equals("/") ? "/fr/" : "/fr" + route;
	}

	/**
	 * The HTML of a page as {@code who} sees it (anonymous when {@code null}), which must
	 * answer 200.
	 */
	public static String html(MockMvc mvc, String url, RequestPostProcessor who) {
		try {
			MockHttpServletRequestBuilder request = get(url);
			MvcResult result = mvc.perform((who != null) ? request.with(who) : request).andReturn();
			assertThat(result.getResponse().getStatus()).as(url).isEqualTo(200);
			return result.getResponse().getContentAsString();
		}
		catch (Exception ex) {
			throw new IllegalStateException(url, ex);
		}
	}

	/**
	 * Every admin form, new and edit, the edit ones found by following the first link of
	 * their lists in the HTML that {@code adminPage} returns for an address (a statement,
	 * deep in a treaty, from the database), and the admin screens around them: the
	 * dashboard, a list, a revision history and the audit log.
	 */
	public static List<String> adminForms(Function<String, String> adminPage, JdbcTemplate jdbc) {
		List<String> forms = new ArrayList<>(List.of("/admin", "/admin/news", "/admin/audit"));
		for (String type : List.of("news", "press-releases", "events", "pages", "documents")) {
			forms.add("/admin/" + type + "/new");
			forms.add(firstLink(adminPage, "/admin/" + type, "/admin/" + type + "/\\d+"));
		}
		forms.add(firstLink(adminPage, "/admin/news", "/admin/news/\\d+") + "/revisions");
		forms.add("/admin/pages/menu");
		forms.add("/admin/users/new");
		forms.add(firstLink(adminPage, "/admin/users", "/admin/users/\\d+"));
		forms.add("/admin/account");
		forms.add(firstLink(adminPage, "/admin/countries", "/admin/countries/[a-z]{2}"));
		forms.add("/admin/treaties/new");
		String statement = jdbc.queryForObject("select '/admin/treaties/' || t.number || '/parties/'"
				+ " || lower(p.country_code) || '/statements/' || s.id from treaty_statement s"
				+ " join treaty_party p on p.id = s.party_id join treaty t on t.id = p.treaty_id order by s.id limit 1",
				String.class);
		String party = statement.substring(0, statement.indexOf("/statements/"));
		String treaty = party.substring(0, party.indexOf("/parties/"));
		forms.addAll(List.of(treaty, treaty + "/parties/new", party, party + "/statements/new", statement));
		return forms;
	}

	private static String firstLink(Function<String, String> adminPage, String list, String pattern) {
		List<String> links = links(adminPage.apply(list), pattern);
		assertThat(links).as("a link matching " + pattern + " on " + list).isNotEmpty();
		return links.get(0);
	}

	private static List<String> links(String html, String pattern) {
		return Jsoup.parse(html)
			.select("main a[href]")
			.eachAttr("href")
			.stream()
			.filter((href) -> href.matches(pattern))
			.distinct()
			.toList();
	}

	private static String readme() {
		try {
			return Files.readString(Path.of("README.md"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static boolean isHtmlPage(String route) {
		return route.startsWith("/") && !route.matches(
				"/(admin|login|logout|api|actuator|attachments|password-reset|feeds|sitemap|robots).*|.*\\.(ics|atom|xml|txt)|/documents/\\{slug\\}/\\{lang\\}");
	}

	private String concrete(String route) {
		return switch (route) {
			case "/{slug}" -> "/lang-page-" + this.suffix;
			case "/news/{slug}" -> "/news/lang-news-" + this.suffix;
			case "/press-releases/{slug}" -> "/press-releases/lang-release-" + this.suffix;
			case "/events/{slug}" -> "/events/lang-event-" + this.suffix;
			case "/documents/{slug}" -> "/documents/lang-document-" + this.suffix;
			case "/treaties/{number}" -> "/treaties/" + this.treaty;
			case "/treaties/{number}/chart" -> "/treaties/" + this.treaty + "/chart";
			case "/countries/{iso2}" -> "/countries/ee";
			case "/search?q=" -> "/search?q=convention";
			default -> {
				assertThat(route).as("a placeholder this test does not know").doesNotContain("{");
				yield route;
			}
		};
	}

}
