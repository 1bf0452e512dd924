package org.treatyportal.admin;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Consumer;

import jakarta.persistence.EntityManager;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import org.treatyportal.news.Article;
import org.treatyportal.news.TestArticles;
import org.treatyportal.support.MutableClock;
import org.treatyportal.support.PortalIntegrationTest;
import org.treatyportal.users.TestUsers;
import org.treatyportal.users.User;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.treatyportal.users.TestUsers.as;

/**
 * The dashboard tells an editor what needs them: what goes out next and when, drafts
 * waiting, translations whose original moved on, the latest changes and their own items.
 */
@PortalIntegrationTest
class DashboardTests {

	/** Later than anything other tests write, so that these items head every list. */
	private static final Instant NOW = Instant.parse("2090-06-01T10:00:00Z");

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestUsers users;

	@Autowired
	private TestArticles articles;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private TransactionTemplate transaction;

	@Autowired
	private EntityManager entityManager;

	@Autowired
	private MutableClock clock;

	@Test
	void scheduledItemsComeWithTheirTimeAndDraftsWait() throws Exception {
		this.clock.setInstant(NOW);
		User editor = this.users.editor();
		String scheduled = "Scheduled " + UUID.randomUUID();
		String published = "Published " + UUID.randomUUID();
		String draft = "Draft " + UUID.randomUUID();
		this.articles.news(scheduled).publishedAt(Instant.parse("2090-06-03T21:38:00Z")).save();
		this.articles.news(published).publishedAt(NOW.minus(Duration.ofHours(1))).save();
		Article waiting = this.articles.pressRelease(draft).save();
		latest(waiting, editor);

		Document page = dashboard(editor);

		assertThat(page.select("#desk-scheduled + ul li").first().text()).contains(scheduled, "News",
				"3 June 2090, 23:38");
		assertThat(page.select("#desk-scheduled + ul").text()).doesNotContain(published);
		assertThat(page.select("#desk-drafts + ul li").first().text()).contains(draft, "Press release", "Draft",
				"by " + editor.getDisplayName());
		assertThat(page.select("#desk-drafts + ul li a").first().attr("href"))
			.isEqualTo("/admin/press-releases/" + waiting.getId());
	}

	@Test
	void translationIsListedOnceItsOriginalChangesUntilConfirmed() throws Exception {
		this.clock.setInstant(NOW);
		User editor = this.users.editor();
		Article article = this.articles.news("Original " + UUID.randomUUID()).save();
		change(article, (item) -> item.translate("fr", "original-fr-" + item.getId(), "Original (fr)", "", "", NOW));
		latest(article, editor);
		assertThat(dashboard(editor).select("#desk-translations + ul").text()).doesNotContain(article.getTitle());

		change(article, (item) -> item.setSummary("A corrected summary"));
		assertThat(dashboard(editor).select("#desk-translations + ul li").first().text()).contains(article.getTitle(),
				"French version");
		assertThat(dashboard(this.users.reload(editor), "fr").select("#desk-translations + ul li").first().text())
			.contains("version en français");

		change(article, (item) -> item.confirmTranslation("fr"));
		assertThat(dashboard(editor).select("#desk-translations + ul").text()).doesNotContain(article.getTitle());
	}

	@Test
	void editorSeesTheirOwnItemsAndTheLatestChanges() throws Exception {
		this.clock.setInstant(NOW);
		User editor = this.users.editor();
		User other = this.users.editor();
		Article mine = this.articles.news("Mine " + UUID.randomUUID()).save();
		Article theirs = this.articles.news("Theirs " + UUID.randomUUID()).save();
		latest(mine, editor);
		latest(theirs, other);
		this.jdbc.update("update article set author_id = ? where id = ?", editor.getId(), mine.getId());
		this.jdbc.update("update article set author_id = ? where id = ?", other.getId(), theirs.getId());

		Document page = dashboard(editor);

		assertThat(page.select("#desk-mine + ul").text()).contains(mine.getTitle()).doesNotContain(theirs.getTitle());
		assertThat(page.select("#desk-recent + ul").text()).contains(mine.getTitle(), theirs.getTitle());
	}

	private void latest(Article article, User by) {
		this.jdbc.update("update article set updated_at = ?, updated_by_id = ? where id = ?",
				Timestamp.from(NOW.plus(Duration.ofDays(3650))), by.getId(), article.getId());
	}

	private void change(Article article, Consumer<Article> change) {
		this.transaction
			.executeWithoutResult((status) -> change.accept(this.entityManager.find(Article.class, article.getId())));
	}

	private Document dashboard(User user) throws Exception {
		return Jsoup.parse(this.mvc.perform(get("/admin").with(as(user)))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
	}

	private Document dashboard(User user, String language) throws Exception {
		this.jdbc.update("update app_user set interface_language = ? where id = ?", language, user.getId());
		return dashboard(this.users.reload(user));
	}

}
