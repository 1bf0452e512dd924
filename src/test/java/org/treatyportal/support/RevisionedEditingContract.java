package org.treatyportal.support;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import org.treatyportal.users.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.treatyportal.support.Html.page;

/**
 * What every thing edited with revisions promises its editors, whatever its fields: a
 * stale save is refused with the other person's changes shown and everything typed kept,
 * a save that loses a race is never silent, revisions are compared and restored as a new
 * revision. Each editable type runs it by extending this class (with
 * {@link PortalIntegrationTest}); the forms are filled in as a browser would
 * ({@link AdminForms}).
 */
public abstract class RevisionedEditingContract {

	@Autowired
	protected MockMvc mvc;

	@Autowired
	private TestUsers users;

	/** Whether only admins edit this type; by default editors do. */
	protected boolean adminsOnly() {
		return false;
	}

	/** Someone who edits this type, a new account each time. */
	protected RequestPostProcessor editor() {
		return TestUsers.as(adminsOnly() ? this.users.admin() : this.users.editor());
	}

	/** Creates an item through the admin screens and returns the address of its form. */
	protected abstract String create(String marker) throws Exception;

	/** A field of plain text on the item's form that a save may set to anything. */
	protected abstract String textField();

	@Test
	void staleSaveIsRefusedKeepingWhatWasTypedAndShowingTheirChanges() throws Exception {
		RequestPostProcessor alice = editor();
		RequestPostProcessor bob = editor();
		String item = create("Stale 3131");
		Document opened = AdminForms.open(this.mvc, alice, item);

		this.mvc.perform(save(AdminForms.open(this.mvc, bob, item), bob, item, "Bob's words 3131"))
			.andExpect(status().isFound());
		this.mvc.perform(save(opened, alice, item, "Alice's words 3131"))
			.andExpect(status().isOk())
			.andExpect(page((html) -> {
				assertThat(html.select(".conflict").text()).contains("Someone else saved")
					.containsPattern("Test (editor|admin) saved")
					.doesNotContain("@example.org");
				assertThat(html.select(".conflict ins").text()).contains("Bob");
				assertThat(html.select("[name=" + textField() + "]").val()).isEqualTo("Alice's words 3131");
			}));
		assertThat(stored(item)).isEqualTo("Bob's words 3131");

		Document conflict = Html.parse(this.mvc.perform(save(opened, alice, item, "Alice's words 3131")).andReturn());
		this.mvc
			.perform(AdminForms.submit(conflict, item, alice, Map.of("confirmOverwrite",
					conflict.select("input[name=confirmOverwrite]").val(), textField(), "Alice over Bob 3131")))
			.andExpect(status().isFound());
		assertThat(stored(item)).isEqualTo("Alice over Bob 3131");
	}

	@Test
	void aStaleSaveTakesTheirVersionOfTheFieldsTheEditorChooses() throws Exception {
		RequestPostProcessor alice = editor();
		String item = create("Choice 4141");

		Document conflict = conflictAfterTheirSave(item, alice, Map.of(textField(), "Bob's choice 4141"),
				Map.of(textField(), "Alice's choice 4141"));
		Element theirs = conflict.selectFirst("input[type=radio][value=" + textField() + "]");
		assertThat(theirs).as("a choice to take their " + textField()).isNotNull();
		assertThat(conflict.select("input[type=radio][name=" + theirs.attr("name") + "][checked]").val())
			.as("keep mine is the default")
			.isEmpty();
		this.mvc
			.perform(AdminForms.submit(conflict, item, alice, Map.of("confirmOverwrite",
					conflict.select("input[name=confirmOverwrite]").val(), theirs.attr("name"), textField())))
			.andExpect(status().isFound());

		assertThat(stored(item)).isEqualTo("Bob's choice 4141");
	}

	@Test
	void twoConcurrentSavesNeverSilentlyLoseEither() throws Exception {
		RequestPostProcessor alice = editor();
		RequestPostProcessor bob = editor();
		String item = create("Raced 6262");
		Document opened = AdminForms.open(this.mvc, alice, item);
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			Future<MvcResult> first = pool.submit(racing(start, opened, alice, item, "Alice wrote this"));
			Future<MvcResult> second = pool.submit(racing(start, opened, bob, item, "Bob wrote that"));
			start.countDown();
			List<MvcResult> results = List.of(first.get(), second.get());

			assertThat(results).extracting((result) -> result.getResponse().getStatus())
				.containsExactlyInAnyOrder(302, 200);
			MvcResult refused = results.stream()
				.filter((result) -> result.getResponse().getStatus() == 200)
				.findFirst()
				.orElseThrow();
			boolean aliceRefused = refused == results.get(0);
			assertThat(refused.getResponse().getContentAsString())
				.contains(aliceRefused ? "Alice wrote this" : "Bob wrote that", "Someone else saved");
			assertThat(stored(item)).isEqualTo(aliceRefused ? "Bob wrote that" : "Alice wrote this");
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void revisionsAreComparedAndRestoredAsANewRevision() throws Exception {
		RequestPostProcessor editor = editor();
		String item = create("Revised 7070");
		String first = stored(item);
		this.mvc.perform(AdminForms.submit(AdminForms.open(this.mvc, editor, item), item, editor,
				Map.of(textField(), "Second version 7070", "note", "rewrote it")))
			.andExpect(status().isFound());

		this.mvc.perform(get(item + "/revisions").param("from", "1").param("to", "2").with(editor))
			.andExpect(status().isOk())
			.andExpect(page((html) -> {
				assertThat(html.select("tbody tr")).hasSize(2);
				assertThat(html.select(".diff ins").text()).contains("Second version");
				assertThat(html.text()).contains("rewrote it");
			}));
		this.mvc.perform(post(item + "/revisions/1/restore").with(editor).with(csrf()))
			.andExpect(status().isFound())
			.andExpect(flash().attribute("success", "editorial.restored"));

		assertThat(stored(item)).isEqualTo(first);
		this.mvc.perform(get(item + "/revisions").with(editor))
			.andExpect(page((html) -> assertThat(html.select("tbody tr")).hasSize(3)));
	}

	@Test
	void revisionsThatDoNotExistAreNotFound() throws Exception {
		RequestPostProcessor editor = editor();
		String item = create("Missing revision 8080");

		this.mvc.perform(get(item + "/revisions").param("from", "1").param("to", "99").with(editor))
			.andExpect(status().isNotFound());
		this.mvc.perform(post(item + "/revisions/99/restore").with(editor).with(csrf()))
			.andExpect(status().isNotFound());
	}

	/**
	 * The page Alice gets when she saves the item after someone else saved it since she
	 * opened its form.
	 * @param theirs what the other editor changed
	 * @param mine what Alice changed
	 */
	protected Document conflictAfterTheirSave(String item, RequestPostProcessor alice, Map<String, String> theirs,
			Map<String, String> mine) throws Exception {
		RequestPostProcessor bob = editor();
		Document opened = AdminForms.open(this.mvc, alice, item);
		this.mvc.perform(AdminForms.submit(AdminForms.open(this.mvc, bob, item), item, bob, theirs))
			.andExpect(status().isFound());
		return Html.parse(
				this.mvc.perform(AdminForms.submit(opened, item, alice, mine)).andExpect(status().isOk()).andReturn());
	}

	/** The text field's value as saved now. */
	protected String stored(String item) throws Exception {
		return AdminForms.open(this.mvc, editor(), item).select("[name=" + textField() + "]").val();
	}

	private RequestBuilder save(Document opened, RequestPostProcessor who, String item, String text) {
		return AdminForms.submit(opened, item, who, Map.of(textField(), text));
	}

	private Callable<MvcResult> racing(CountDownLatch start, Document opened, RequestPostProcessor who, String item,
			String text) {
		return () -> {
			start.await();
			return this.mvc.perform(save(opened, who, item, text)).andReturn();
		};
	}

}
