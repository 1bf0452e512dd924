package org.treatyportal.web;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.UUID;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import org.treatyportal.news.TestArticles;
import org.treatyportal.support.Html;
import org.treatyportal.support.PortalIntegrationTest;
import org.treatyportal.users.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * {@code <time datetime>} takes at most three digits of a second, although PostgreSQL
 * keeps six: the admin lists write what HTML accepts.
 */
@PortalIntegrationTest
class MachineReadableTimesTests {

	/** A valid HTML date or global date and time, with no more than milliseconds. */
	private static final String HTML_DATETIME = "\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,3})?)?(Z|[+-]\\d{2}:\\d{2}))?";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private TestArticles articles;

	@Autowired
	private TestUsers users;

	private final LocalDates dates = new LocalDates();

	@Test
	void instantsAndZonedTimesKeepAtMostMilliseconds() {
		Instant instant = Instant.parse("2026-03-01T10:15:30.123456Z");

		assertThat(this.dates.datetime(instant)).isEqualTo("2026-03-01T10:15:30.123Z");
		assertThat(this.dates.datetime(instant.atZone(ZoneId.of("Europe/Paris"))))
			.isEqualTo("2026-03-01T11:15:30.123+01:00");
		assertThat(this.dates.datetime(OffsetDateTime.parse("2026-03-01T10:15:30.5+02:00")))
			.isEqualTo("2026-03-01T10:15:30.500+02:00");
		assertThat(this.dates.datetime(ZonedDateTime.parse("2026-03-01T10:15Z"))).isEqualTo("2026-03-01T10:15Z");
		assertThat(this.dates.datetime(null)).isEmpty();
	}

	@Test
	void auditLogWritesTimesHtmlAccepts() throws Exception {
		String actor = "times-" + UUID.randomUUID() + "@example.org";
		this.jdbc.update("insert into audit_entry (occurred_at, actor_email, action) values"
				+ " ('2099-01-01 10:00:00.123456+00', ?, 'SIGN_IN')", actor);

		Document page = admin("/admin/audit?actor=" + actor);

		assertThat(page.select("time[datetime]").eachAttr("datetime")).containsExactly("2099-01-01T10:00:00.123Z");
	}

	@Test
	void newsListWritesTimesHtmlAccepts() throws Exception {
		String title = "Times " + UUID.randomUUID();
		long id = this.articles.news(title).publishedAt(Instant.parse("2008-04-01T10:00:00Z")).save().getId();
		this.jdbc.update("update article set publish_at = '2008-04-01 10:00:00.654321+00',"
				+ " updated_at = '2008-04-01 10:00:00.123456+00' where id = ?", id);

		Document page = admin("/admin/news?q=" + title);

		assertThat(page.select("time[datetime]").eachAttr("datetime")).isNotEmpty()
			.allMatch((value) -> value.matches(HTML_DATETIME), "an HTML date and time to the millisecond")
			.anyMatch((value) -> value.contains(":00.123"));
	}

	private Document admin(String url) throws Exception {
		return Html
			.parse(this.mvc.perform(get(url).with(user(this.users.admin().getEmail()).roles("ADMIN"))).andReturn());
	}

}
