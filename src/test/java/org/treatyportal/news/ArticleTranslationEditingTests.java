package org.treatyportal.news;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

import org.treatyportal.publishing.LanguageText;
import org.treatyportal.support.AdminForms;
import org.treatyportal.support.EditorTestSupport;
import org.treatyportal.support.MutableClock;
import org.treatyportal.support.PortalIntegrationTest;
import org.treatyportal.users.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.treatyportal.support.Html.page;
import static org.treatyportal.users.TestUsers.as;

/**
 * Editors writing an item in every language through the one form (issue 14): each rule of
 * a save, through the admin screens, on real PostgreSQL.
 */
@PortalIntegrationTest
class ArticleTranslationEditingTests {

	private static final Instant NOW = Instant.parse("2034-02-01T08:00:00Z");

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestUsers users;

	@Autowired
	private TestArticles articles;

	@Autowired
	private ArticleRepository repository;

	@Autowired
	private TransactionTemplate transaction;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private MutableClock clock;

	@Test
	void frenchVersionIsSavedWithTheOriginalAsOneVersionRevisionAndAuditEntry() throws Exception {
		this.clock.setInstant(NOW);
		Article article = this.articles.news("Octopus opens 6101").publishedAt(NOW.minusSeconds(3600)).save();
		long id = article.getId();
		long version = EditorTestSupport.version(this.repository, id);
		int revisions = revisionCount(id);
		int audits = EditorTestSupport.auditActions(this.jdbc, id, "news").size();

		save(id, Map.of("summary", "Experts meet.", "translations[fr].title", "Ouverture d’Octopus 6101",
				"translations[fr].summary", "Les experts se réunissent.", "translations[fr].body",
				"<p>Texte <script>alert(1)</script>français</p>"));

		LanguageText french = text(id, "fr");
		assertThat(french.isFallback()).isFalse();
		assertThat(french.title()).isEqualTo("Ouverture d’Octopus 6101");
		assertThat(french.slug()).as("slug from the French title").isEqualTo("ouverture-d-octopus-6101");
		assertThat(french.body()).doesNotContain("script").contains("français");
		assertThat(text(id, "en").summary()).isEqualTo("Experts meet.");
		assertThat(EditorTestSupport.version(this.repository, id)).isEqualTo(version + 1);
		assertThat(revisionCount(id)).isEqualTo(revisions + 1);
		assertThat(EditorTestSupport.auditActions(this.jdbc, id, "news")).hasSize(audits + 1);
		assertThat(lastRevision(id)).containsEntry("title [fr]", "Ouverture d’Octopus 6101")
			.containsEntry("slug [fr]", "ouverture-d-octopus-6101")
			.containsEntry("summary [fr]", "Les experts se réunissent.");
	}

	@Test
	void formShowsOneFieldsetPerLanguageOriginalFirstWithItsState() throws Exception {
		Article article = this.articles.news("Tabs 6102").save();

		Document form = open(article.getId());

		List<String> languages = form.select("fieldset.language-version").eachAttr("data-language");
		assertThat(languages).containsExactly("en", "fr");
		assertThat(form.selectFirst("fieldset[data-language=fr]").attr("lang")).isEqualTo("fr");
		assertThat(form.selectFirst("fieldset[data-language=fr] .language-state").text()).isEqualTo("missing");
		assertThat(form.select("fieldset[data-language=fr] textarea[data-rich-text]")).hasSize(1);
		assertThat(form.select("fieldset[data-language=fr] input[name=translations[fr].confirmed]")).isEmpty();
	}

	@Test
	void slugMustNotBeTakenByAnotherItemInAnyLanguage() throws Exception {
		Article owner = this.articles.news("Owner 6103").slug("owner-6103").save();
		save(owner.getId(),
				Map.of("translations[fr].title", "Propriétaire 6103", "translations[fr].slug", "proprietaire-6103"));
		Article other = this.articles.news("Other 6103").slug("other-6103").save();
		long version = EditorTestSupport.version(this.repository, other.getId());

		this.mvc.perform(submit(other.getId(), Map.of("slug", "proprietaire-6103")))
			.andExpect(status().isOk())
			.andExpect(page((html) -> assertThat(html.select("#slug-error").text()).contains("proprietaire-6103")));
		this.mvc
			.perform(submit(other.getId(),
					Map.of("translations[fr].title", "Autre 6103", "translations[fr].slug", "owner-6103")))
			.andExpect(status().isOk())
			.andExpect(page((html) -> {
				assertThat(html.select("#translations-fr-slug-error").text()).contains("owner-6103");
				assertThat(html.select("#translations-fr-title").val()).as("what was typed is kept")
					.isEqualTo("Autre 6103");
			}));
		assertThat(EditorTestSupport.version(this.repository, other.getId())).isEqualTo(version);
		assertThat(text(other.getId(), "fr").isFallback()).isTrue();

		// The same item may use the same slug in both languages; another type may too.
		save(other.getId(), Map.of("translations[fr].title", "Autre 6103", "translations[fr].slug", "other-6103"));
		assertThat(text(other.getId(), "fr").slug()).isEqualTo("other-6103");
		Article release = this.articles.pressRelease("Release 6103").slug("release-6103").save();
		save(release.getId(), "press-releases",
				Map.of("translations[fr].title", "Communiqué 6103", "translations[fr].slug", "owner-6103"));
		assertThat(text(release.getId(), "fr").slug()).isEqualTo("owner-6103");
	}

	@Test
	void renamedTranslationIsRecordedInSlugHistoryForItsLanguage() throws Exception {
		Article article = this.articles.news("Renamed 6104").slug("renamed-6104").save();
		save(article.getId(), Map.of("translations[fr].title", "Renommé 6104"));
		save(article.getId(),
				Map.of("translations[fr].title", "Renommé 6104", "translations[fr].slug", "nouveau-nom-6104"));

		assertThat(this.jdbc.queryForList(
				"select language from slug_history where old_slug = 'renomme-6104' and content_id = ?", String.class,
				article.getId()))
			.containsExactly("fr");
		assertThat(text(article.getId(), "fr").slug()).isEqualTo("nouveau-nom-6104");
	}

	@Test
	void languageWithoutTitleIsLeftOutAndAnExistingOneRemovedAndRecorded() throws Exception {
		Article article = this.articles.news("Removed 6105").slug("removed-6105").save();
		long id = article.getId();
		save(id, Map.of("summary", "Only English."));
		assertThat(text(id, "fr").isFallback()).as("an empty tab adds nothing").isTrue();

		save(id, Map.of("translations[fr].title", "Retiré 6105"));
		assertThat(text(id, "fr").isFallback()).isFalse();

		save(id, Map.of("translations[fr].title", "  "));
		assertThat(text(id, "fr").isFallback()).isTrue();
		assertThat(lastRevision(id)).containsEntry("title [fr]", "");
		assertThat(this.jdbc.queryForList(
				"select content_id from slug_history where language = 'fr' and old_slug = 'retire-6105'", Long.class))
			.as("the removed version's address leads to the item")
			.containsExactly(id);

		save(id, Map.of("translations[fr].title", "Retiré 6105"));
		save(id, Map.of("translations[fr].remove", "true"));
		assertThat(text(id, "fr").isFallback()).as("removed with the box").isTrue();
	}

	@Test
	void imageWithoutTextInATranslationIsRefusedNextToItsField() throws Exception {
		Article article = this.articles.news("Image 6106").save();
		long version = EditorTestSupport.version(this.repository, article.getId());

		this.mvc
			.perform(submit(article.getId(),
					Map.of("translations[fr].title", "Image 6106", "translations[fr].body",
							"<p>Voir <img src=\"/img/carte.png\"></p>")))
			.andExpect(status().isOk())
			.andExpect(page((html) -> assertThat(html.select("#translations-fr-body-error").text())
				.contains("/img/carte.png")));

		assertThat(EditorTestSupport.version(this.repository, article.getId())).isEqualTo(version);
		assertThat(text(article.getId(), "fr").isFallback()).isTrue();
	}

	@Test
	void changedOriginalMarksTheTranslationOutOfDateUntilConfirmed() throws Exception {
		Article article = this.articles.news("Original 6107").save();
		long id = article.getId();
		save(id, Map.of("translations[fr].title", "Original 6107 (fr)"));
		assertThat(outOfDate(id)).isFalse();

		save(id, Map.of("title", "Original 6107, corrected"));
		assertThat(outOfDate(id)).isTrue();
		Document form = open(id);
		assertThat(form.selectFirst("fieldset[data-language=fr] .language-state").text())
			.isEqualTo("may be out of date");
		assertThat(form.select("input[name=translations[fr].confirmed]")).hasSize(1);

		save(id, Map.of("note", "nothing changed"));
		assertThat(outOfDate(id)).as("saving the form again confirms nothing").isTrue();

		save(id, Map.of("translations[fr].confirmed", "true"));
		assertThat(outOfDate(id)).isFalse();
	}

	@Test
	void restoringARevisionRestoresEveryLanguage() throws Exception {
		Article article = this.articles.news("Restore 6108").save();
		long id = article.getId();
		save(id, Map.of("translations[fr].title", "Restaurer 6108", "translations[fr].body", "<p>Premier</p>"));
		int first = lastRevisionNumber(id);
		save(id, Map.of("translations[fr].title", "Restaurer 6108", "translations[fr].body", "<p>Second</p>"));

		this.mvc.perform(post("/admin/news/" + id + "/revisions/" + first + "/restore").with(editor()).with(csrf()))
			.andExpect(redirectedUrl("/admin/news/" + id));

		assertThat(text(id, "fr").body()).isEqualTo("<p>Premier</p>");
		this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.get("/admin/news/" + id + "/revisions")
				.with(editor()))
			.andExpect(page((html) -> assertThat(html.select(".diff dt").eachText()).contains("Text (Français)")));
	}

	@Test
	void staleSaveShowsTheOtherPersonsChangesInEveryLanguage() throws Exception {
		Article article = this.articles.news("Stale 6109").save();
		long id = article.getId();
		Document mine = open(id);
		save(id, Map.of("translations[fr].title", "Leur titre 6109"));

		this.mvc
			.perform(AdminForms.submit(mine, "/admin/news/" + id, editor(),
					Map.of("translations[fr].title", "Mon titre 6109")))
			.andExpect(status().isOk())
			.andExpect(page((html) -> {
				assertThat(html.select(".conflict .diff dt").eachText()).contains("Title (Français)");
				assertThat(html.select("#translations-fr-title").val()).isEqualTo("Mon titre 6109");
			}));
		assertThat(text(id, "fr").title()).isEqualTo("Leur titre 6109");
	}

	@Test
	void previewShowsTheTabsLanguage() throws Exception {
		this.mvc
			.perform(post("/admin/news/preview").with(editor())
				.with(csrf())
				.param("title", "Preview 6110")
				.param("translations[fr].title", "Aperçu 6110")
				.param("translations[fr].body", "<p>Texte <em>français</em></p>")
				.param("previewLanguage", "fr"))
			.andExpect(status().isOk())
			.andExpect(page((html) -> {
				assertThat(html.select("h1").text()).isEqualTo("Aperçu 6110");
				assertThat(html.select(".article__body em").text()).isEqualTo("français");
			}));
		this.mvc
			.perform(post("/admin/news/preview").with(editor())
				.with(csrf())
				.param("title", "Preview 6110")
				.param("previewLanguage", "xx"))
			.andExpect(status().isNotFound());
	}

	@Test
	void newItemWrittenInFrenchHasFrenchAsItsOriginal() throws Exception {
		String location = this.mvc
			.perform(post("/admin/news").with(editor())
				.with(csrf())
				.param("language", "fr")
				.param("title", "Écrit en français 6111")
				.param("translations[fr].title", ""))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));

		assertThat(this.repository.findById(id).orElseThrow().getLanguage()).isEqualTo("fr");
		Document form = open(id);
		assertThat(form.select("fieldset.language-version").eachAttr("data-language")).containsExactly("fr", "en");
	}

	@Test
	void unknownLanguageIsRefusedWithAMessage() throws Exception {
		Article article = this.articles.news("Unknown 6112").save();

		this.mvc.perform(submit(article.getId(), Map.of("translations[xx].title", "Quoi")))
			.andExpect(status().isOk())
			.andExpect(page((html) -> assertThat(html.select(".alert--error").text()).isNotEmpty()));
		this.mvc
			.perform(post("/admin/news").with(editor()).with(csrf()).param("language", "xx").param("title", "X 6112"))
			.andExpect(status().isOk());
	}

	@Test
	void adminListShowsEachItemsLanguagesAndFiltersTranslationsOutOfDate() throws Exception {
		Article current = this.articles.news("Listed current 6113").save();
		save(current.getId(), Map.of("translations[fr].title", "Listé à jour 6113"));
		Article stale = this.articles.news("Listed stale 6113").save();
		save(stale.getId(), Map.of("translations[fr].title", "Listé périmé 6113"));
		save(stale.getId(), Map.of("summary", "The original moved on."));

		this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/admin/news")
				.param("q", "6113")
				.with(editor()))
			.andExpect(page((html) -> {
				assertThat(html.select("tbody tr")).hasSize(2);
				assertThat(html.select("tbody tr .language-list abbr").eachText()).containsExactly("en", "fr", "en",
						"fr");
				assertThat(html.select("tbody tr .language-list__outdated")).hasSize(1);
			}));
		this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/admin/news")
				.param("q", "6113")
				.param("outOfDate", "true")
				.with(editor()))
			.andExpect(page((html) -> {
				assertThat(html.select("tbody tr th").eachText()).containsExactly("Listed stale 6113");
				assertThat(html.select("#outOfDate").hasAttr("checked")).isTrue();
			}));
	}

	private RequestPostProcessor editor() {
		return as(this.users.editor());
	}

	private Document open(long id) throws Exception {
		return AdminForms.open(this.mvc, editor(), "/admin/news/" + id);
	}

	private org.springframework.test.web.servlet.RequestBuilder submit(long id, Map<String, String> changes)
			throws Exception {
		return AdminForms.submit(open(id), "/admin/news/" + id, editor(), changes);
	}

	private void save(long id, Map<String, String> changes) throws Exception {
		save(id, "news", changes);
	}

	private void save(long id, String type, Map<String, String> changes) throws Exception {
		Document form = AdminForms.open(this.mvc, editor(), "/admin/" + type + "/" + id);
		this.mvc.perform(AdminForms.submit(form, "/admin/" + type + "/" + id, editor(), new HashMap<>(changes)))
			.andExpect(redirectedUrl("/admin/" + type + "/" + id));
	}

	private LanguageText text(long id, String language) {
		return this.transaction.execute((status) -> this.repository.findById(id).orElseThrow().in(language));
	}

	private boolean outOfDate(long id) {
		return this.transaction.execute((status) -> this.repository.findById(id).orElseThrow().isOutOfDate("fr"));
	}

	private int revisionCount(long id) {
		return this.jdbc.queryForObject(
				"select count(*) from revision where content_id = ? and content_type in ('news', 'press-releases')",
				Integer.class, id);
	}

	private int lastRevisionNumber(long id) {
		return this.jdbc.queryForObject(
				"select max(number) from revision where content_id = ? and content_type = 'news'", Integer.class, id);
	}

	private Map<String, String> lastRevision(long id) {
		Map<String, String> fields = new HashMap<>();
		this.jdbc.query(
				"select e.key, e.value from revision r, jsonb_each_text(r.fields::jsonb) e"
						+ " where r.content_id = ? and r.content_type = 'news'"
						+ " and r.number = (select max(number) from revision where content_id = r.content_id"
						+ " and content_type = 'news')",
				(org.springframework.jdbc.core.RowCallbackHandler) (row) -> fields.put(row.getString(1),
						row.getString(2)),
				id);
		return fields;
	}

}
