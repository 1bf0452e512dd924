package org.treatyportal.events;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import org.treatyportal.news.Article;
import org.treatyportal.news.TestArticles;
import org.treatyportal.support.EditorTestSupport;
import org.treatyportal.support.MutableClock;
import org.treatyportal.support.PortalIntegrationTest;
import org.treatyportal.users.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.treatyportal.support.Html.page;
import static org.treatyportal.users.TestUsers.as;

/**
 * Editors writing events through the shared editorial screens: times in the event's own
 * zone, the checks that refuse an impossible event next to the field to correct with
 * everything else kept, and the same workflow as news (scheduling, preview, revisions,
 * conflicts, withdrawal, audit).
 */
@PortalIntegrationTest
class EventAdminTests {

	private static final Instant NOW = Instant.parse("2033-04-01T08:00:00Z");

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestUsers users;

	@Autowired
	private TestArticles articles;

	@Autowired
	private EventRepository events;

	@Autowired
	private MutableClock clock;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void editorPublishesATimedEventShownInItsOwnZone() throws Exception {
		this.clock.setInstant(NOW);
		RequestPostProcessor editor = as(this.users.editor());

		long id = EditorTestSupport.idFrom(this.mvc
			.perform(timed(editor, "Tokyo summit 4401", "2033-06-10", "09:30", "17:00", "Asia/Tokyo")
				.param("city", "Tokyo")
				.param("country", "JP")
				.param("venue", "Conference centre")
				.param("registrationUrl", "https://example.org/register")
				.param("action", "publish"))
			.andExpect(status().isFound())
			.andExpect(flash().attribute("success", "editorial.saved.PUBLISHED"))
			.andReturn());

		Event event = this.events.findById(id).orElseThrow();
		assertThat(event.getStartsAt()).isEqualTo(Instant.parse("2033-06-10T00:30:00Z"));
		assertThat(event.getEndsAt()).isEqualTo(Instant.parse("2033-06-10T08:00:00Z"));
		this.mvc.perform(get("/events/tokyo-summit-4401")).andExpect(status().isOk()).andExpect(page((html) -> {
			assertThat(html.select(".event-facts time").text()).isEqualTo("10 June 2033, 09:30–17:00");
			assertThat(html.select(".event-facts time").attr("datetime")).isEqualTo("2033-06-10T09:30+09:00");
			assertThat(html.select(".event-facts__zone").text()).contains("Japan Standard Time (Asia/Tokyo)");
			assertThat(html.select(".event-facts").text()).contains("Conference centre", "Tokyo, Japan");
			assertThat(html.select("a[rel~=external]").attr("href")).isEqualTo("https://example.org/register");
			assertThat(html.select(".event-calendar a").attr("href")).isEqualTo("/events/tokyo-summit-4401.ics");
		}));
		assertThat(EditorTestSupport.auditActions(this.jdbc, id, "events")).containsExactly("PUBLISH");
	}

	@Test
	void endBeforeStartIsRefusedOnTheFieldAndEverythingTypedIsKept() throws Exception {
		RequestPostProcessor editor = as(this.users.editor());
		long before = this.events.count();

		this.mvc
			.perform(post("/admin/events").with(editor)
				.with(csrf())
				.param("title", "Backwards 4402")
				.param("startDate", "2033-06-10")
				.param("startTime", "09:30")
				.param("endDate", "2033-06-09")
				.param("endTime", "17:00")
				.param("timeZone", "Europe/Paris")
				.param("summary", "My careful summary")
				.param("venue", "Palais")
				.param("city", "Strasbourg")
				.param("country", "FR"))
			.andExpect(status().isOk())
			.andExpect(page((html) -> {
				assertThat(html.select("#endDate-error").text()).contains("The end comes before the start");
				assertThat(html.select("#endDate").attr("aria-invalid")).isEqualTo("true");
				assertThat(html.select("#title").val()).isEqualTo("Backwards 4402");
				assertThat(html.select("textarea[name=summary]").text()).isEqualTo("My careful summary");
				assertThat(html.select("#startDate").val()).isEqualTo("2033-06-10");
				assertThat(html.select("#startTime").val()).isEqualTo("09:30");
				assertThat(html.select("#endDate").val()).isEqualTo("2033-06-09");
				assertThat(html.select("#venue").val()).isEqualTo("Palais");
				assertThat(html.select("#country option[selected]").val()).isEqualTo("FR");
				assertThat(html.select("#timeZone option[selected]").val()).isEqualTo("Europe/Paris");
			}));
		this.mvc.perform(timed(editor, "Backwards 4402", "2033-06-10", "17:00", "09:30", "Europe/Paris"))
			.andExpect(page((html) -> assertThat(html.select("#endTime-error").text())
				.contains("The end comes before the start")));
		assertThat(this.events.count()).isEqualTo(before);
	}

	@Test
	void timedEventWithoutTimeZoneIsRefusedButAnAllDayEventNeedsNone() throws Exception {
		RequestPostProcessor editor = as(this.users.editor());

		this.mvc.perform(timed(editor, "No zone 4403", "2033-06-10", "09:30", "17:00", ""))
			.andExpect(status().isOk())
			.andExpect(page((html) -> {
				assertThat(html.select("#timeZone-error").text()).contains("needs the time zone");
				assertThat(html.select("#startTime").val()).isEqualTo("09:30");
			}));
		this.mvc.perform(timed(editor, "No time 4403", "2033-06-10", "", "", "Europe/Paris")).andExpect(page((html) -> {
			assertThat(html.select("#startTime-error").text()).contains("needs a start time");
			assertThat(html.select("#endTime-error").text()).contains("needs an end time");
		}));

		this.mvc
			.perform(post("/admin/events").with(editor)
				.with(csrf())
				.param("title", "All day 4403")
				.param("allDay", "true")
				.param("startDate", "2033-06-10")
				.param("endDate", "2033-06-11")
				.param("timeZone", ""))
			.andExpect(status().isFound());
	}

	@Test
	void unknownZoneCountryAndAddressesOtherThanWebOnesAreRefused() throws Exception {
		RequestPostProcessor editor = as(this.users.editor());

		this.mvc
			.perform(timed(editor, "Odd values 4404", "2033-06-10", "25:99", "17:00", "Mars/Olympus_Mons")
				.param("country", "ZZ")
				.param("registrationUrl", "javascript:alert(1)"))
			.andExpect(status().isOk())
			.andExpect(page((html) -> {
				assertThat(html.select("#timeZone-error").text()).contains("not a time zone");
				assertThat(html.select("#country-error").text()).contains("Choose a country");
				assertThat(html.select("#registrationUrl-error").text()).contains("http:// or https://");
				assertThat(html.select("#startTime-error").text()).contains("Enter a time");
				assertThat(html.select("#registrationUrl").val()).isEqualTo("javascript:alert(1)");
			}));
		this.mvc.perform(timed(editor, "Year 4404", "20330-06-10", "09:30", "17:00", "Europe/Paris"))
			.andExpect(status().isOk())
			.andExpect(page((html) -> assertThat(html.select("#startDate-error").text()).isNotEmpty()));
	}

	@Test
	void scheduledEventAppearsAtItsInstantWithItsNews() throws Exception {
		this.clock.setInstant(NOW);
		RequestPostProcessor editor = as(this.users.editor());
		Article visible = this.articles.news("Workshop announced 4405").publishedAt(NOW.minusSeconds(3600)).save();
		Article draft = this.articles.news("Workshop draft 4405").save();

		long id = EditorTestSupport.idFrom(this.mvc
			.perform(timed(editor, "Scheduled workshop 4405", "2033-09-01", "09:00", "12:00", "Europe/Paris")
				.param("publishAt", "2033-04-02T10:00")
				.param("action", "publish")
				.param("articleIds", visible.getId().toString(), draft.getId().toString()))
			.andExpect(status().isFound())
			.andReturn());

		assertThat(EditorTestSupport.auditActions(this.jdbc, id, "events")).containsExactly("SCHEDULE");
		this.mvc.perform(get("/events/scheduled-workshop-4405")).andExpect(status().isNotFound());
		this.clock.setInstant(Instant.parse("2033-04-02T08:00:00Z"));
		this.mvc.perform(get("/events/scheduled-workshop-4405"))
			.andExpect(status().isOk())
			.andExpect(page((html) -> assertThat(html.select(".related .article-card__title").eachText())
				.containsExactly("Workshop announced 4405")));
		this.mvc.perform(get("/admin/events/" + id).with(editor))
			.andExpect(page((html) -> assertThat(html.select("#articleIds option[selected]").eachText())
				.anySatisfy((text) -> assertThat(text).startsWith("Workshop draft 4405"))));
	}

	@Test
	void previewShowsTheUnsavedEventEvenWhenItIsNotValidYet() throws Exception {
		RequestPostProcessor editor = as(this.users.editor());
		long before = this.events.count();

		this.mvc
			.perform(post("/admin/events/preview").with(editor)
				.with(csrf())
				.param("title", "Preview 4406")
				.param("startDate", "2033-06-10")
				.param("endDate", "2033-06-01")
				.param("startTime", "09:00")
				.param("endTime", "10:00")
				.param("timeZone", "America/New_York"))
			.andExpect(status().isOk())
			.andExpect(page((html) -> {
				assertThat(html.select("h1").text()).isEqualTo("Preview 4406");
				assertThat(html.select(".preview-banner")).isNotEmpty();
				assertThat(html.select(".event-facts__zone").text()).contains("America/New_York");
			}));
		this.mvc.perform(post("/admin/events/preview").with(editor).with(csrf()).param("title", "Preview 4406"))
			.andExpect(status().isOk());
		assertThat(this.events.count()).isEqualTo(before);
	}

	@Test
	void revisionsRestoreTheDatesAndAStaleSaveIsRefused() throws Exception {
		RequestPostProcessor alice = as(this.users.editor());
		RequestPostProcessor bob = as(this.users.editor());
		long id = EditorTestSupport.idFrom(
				this.mvc.perform(timed(alice, "Moving meeting 4407", "2033-06-10", "09:00", "12:00", "Europe/Paris"))
					.andReturn());
		long opened = EditorTestSupport.version(this.events, id);

		this.mvc.perform(edit(bob, id, opened, "Moving meeting 4407", "2033-07-01", "14:00", "16:00"))
			.andExpect(status().isFound());
		this.mvc.perform(edit(alice, id, opened, "Moving meeting 4407", "2033-08-01", "10:00", "11:00"))
			.andExpect(status().isOk())
			.andExpect(page((html) -> {
				assertThat(html.select(".conflict").text()).contains("Someone else saved");
				assertThat(html.select(".conflict dt").eachText()).contains("Start", "End");
				assertThat(html.select(".conflict ins").text()).contains("07", "14");
				assertThat(html.select("#startDate").val()).isEqualTo("2033-08-01");
			}));

		this.mvc.perform(post("/admin/events/" + id + "/revisions/1/restore").with(alice).with(csrf()))
			.andExpect(status().isFound());
		Event restored = this.events.findById(id).orElseThrow();
		assertThat(restored.getSchedule().startDate()).hasToString("2033-06-10");
		assertThat(restored.getSchedule().startTime()).hasToString("09:00");
		assertThat(EditorTestSupport.auditActions(this.jdbc, id, "events")).containsExactly("CREATE", "SAVE",
				"RESTORE");
	}

	@Test
	void withdrawnEventAnswersGoneAndARenamedOneRedirects() throws Exception {
		this.clock.setInstant(NOW);
		RequestPostProcessor editor = as(this.users.editor());
		long id = EditorTestSupport.idFrom(this.mvc
			.perform(timed(editor, "Renamed event 4408", "2033-06-10", "09:00", "12:00", "Europe/Paris").param("action",
					"publish"))
			.andReturn());

		this.mvc
			.perform(edit(editor, id, EditorTestSupport.version(this.events, id), "Renamed event 4408", "2033-06-10",
					"09:00", "12:00")
				.param("slug", "new-name-4408"))
			.andExpect(status().isFound());
		this.mvc.perform(get("/events/renamed-event-4408"))
			.andExpect(status().isMovedPermanently())
			.andExpect(redirectedUrl("/events/new-name-4408"));
		this.mvc.perform(get("/events/renamed-event-4408.ics"))
			.andExpect(status().isMovedPermanently())
			.andExpect(redirectedUrl("/events/new-name-4408.ics"));

		this.mvc.perform(post("/admin/events/" + id + "/withdraw").with(editor)
			.with(csrf())
			.param("version", String.valueOf(EditorTestSupport.version(this.events, id))));
		this.mvc.perform(get("/events/new-name-4408")).andExpect(status().isGone());
		this.mvc.perform(get("/events/new-name-4408.ics")).andExpect(status().isGone());
		assertThat(EditorTestSupport.auditActions(this.jdbc, id, "events")).contains("WITHDRAW");
	}

	@Test
	void dashboardCountsEventsAndDocuments() throws Exception {
		this.mvc.perform(get("/admin").with(as(this.users.editor())))
			.andExpect(status().isOk())
			.andExpect(page((html) -> {
				assertThat(html.select("tbody th").eachText()).contains("Events", "Documents");
				assertThat(html.select(".admin-nav a").eachText()).contains("Events", "Documents");
			}));
	}

	@Test
	void adminScreensNeedSignIn() throws Exception {
		this.mvc.perform(get("/admin/events")).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/admin/events/999999999").with(as(this.users.editor()))).andExpect(status().isNotFound());
		this.mvc.perform(get("/admin/events/new").with(as(this.users.editor())))
			.andExpect(page(
					(html) -> assertThat(html.select("#timeZone option[selected]").val()).isEqualTo("Europe/Paris")));
	}

	private MockHttpServletRequestBuilder timed(RequestPostProcessor who, String title, String day, String start,
			String end, String zone) {
		return post("/admin/events").with(who)
			.with(csrf())
			.param("title", title)
			.param("startDate", day)
			.param("startTime", start)
			.param("endDate", day)
			.param("endTime", end)
			.param("timeZone", zone);
	}

	private MockHttpServletRequestBuilder edit(RequestPostProcessor who, long id, long version, String title,
			String day, String start, String end) {
		return post("/admin/events/" + id).with(who)
			.with(csrf())
			.param("version", String.valueOf(version))
			.param("title", title)
			.param("startDate", day)
			.param("startTime", start)
			.param("endDate", day)
			.param("endTime", end)
			.param("timeZone", "Europe/Paris");
	}

}
