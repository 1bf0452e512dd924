package org.treatyportal.support;

import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What every published content type promises on top of revisions: only a draft that was
 * never published can be deleted, a withdrawn item answers 410 Gone, and a renamed item's
 * old addresses answer 301 to the new one. Each content type of the publishing workflow
 * runs it by extending this class.
 */
public abstract class PublishedContentContract extends RevisionedEditingContract {

	/** The type's admin list, e.g. {@code /admin/news}. */
	protected abstract String adminPath();

	/** The public address of the item with this slug. */
	protected abstract String publicAddress(String slug);

	/** The fields a new item needs besides its title, e.g. an event's dates. */
	protected Map<String, String> requiredFields() {
		return Map.of();
	}

	@Override
	protected String textField() {
		return "summary";
	}

	@Override
	protected String create(String title) throws Exception {
		return create(title, "save");
	}

	@Test
	void onlyADraftThatWasNeverPublishedCanBeDeleted() throws Exception {
		RequestPostProcessor editor = editor();
		String published = create("Published then draft 5521", "publish");
		this.mvc.perform(post(published + "/draft").with(editor).with(csrf()).param("version", version(published)))
			.andExpect(flash().attribute("success", "editorial.backToDraft"));
		String draft = create("Plain draft 5521", "save");

		this.mvc.perform(post(published + "/delete").with(editor).with(csrf()))
			.andExpect(flash().attribute("failure", "editorial.delete.onlyDrafts"));
		this.mvc.perform(post(draft + "/delete").with(editor).with(csrf())).andExpect(redirectedUrl(adminPath()));

		this.mvc.perform(get(published).with(editor)).andExpect(status().isOk());
		this.mvc.perform(get(draft).with(editor)).andExpect(status().isNotFound());
	}

	@Test
	void aWithdrawnItemAnswersGone() throws Exception {
		RequestPostProcessor editor = editor();
		String item = create("To be withdrawn 4410", "publish");
		String address = publicAddress(slug(item));
		this.mvc.perform(get(address)).andExpect(status().isOk());

		this.mvc.perform(post(item + "/withdraw").with(editor).with(csrf()).param("version", version(item)))
			.andExpect(flash().attribute("success", "editorial.withdrawn"));

		this.mvc.perform(get(address)).andExpect(status().isGone());
	}

	@Test
	void aRenamedItemsOldAddressesRedirectPermanently() throws Exception {
		RequestPostProcessor editor = editor();
		String item = create("First name 9090", "publish");
		String first = slug(item);
		for (String slug : new String[] { first + "-second", first + "-third" }) {
			this.mvc
				.perform(AdminForms.submit(AdminForms.open(this.mvc, editor, item), item, editor, Map.of("slug", slug)))
				.andExpect(status().isFound());
		}

		for (String old : new String[] { first, first + "-second" }) {
			this.mvc.perform(get(publicAddress(old)))
				.andExpect(status().isMovedPermanently())
				.andExpect(redirectedUrl(publicAddress(first + "-third")));
		}
		this.mvc.perform(get(publicAddress(first + "-third"))).andExpect(status().isOk());
	}

	/**
	 * Creates an item from the type's new form, saved as a draft or published, with a
	 * title (and so an address) no other test uses.
	 */
	protected String create(String title, String action) throws Exception {
		RequestPostProcessor editor = editor();
		Document form = AdminForms.open(this.mvc, editor, adminPath() + "/new");
		Map<String, String> fields = new java.util.HashMap<>(requiredFields());
		fields.put("title", title + " " + getClass().getSimpleName());
		fields.put("action", action);
		MvcResult result = this.mvc.perform(AdminForms.submit(form, adminPath(), editor, fields)).andReturn();
		List<String> refusals = Html.parse(result).select(".form__error, .alert").eachText();
		assertThat(result.getResponse().getRedirectedUrl()).as("saved, or refused with: %s", refusals)
			.startsWith(adminPath() + "/");
		return result.getResponse().getRedirectedUrl();
	}

	private String slug(String item) throws Exception {
		return AdminForms.open(this.mvc, editor(), item).select("input[name=slug]").val();
	}

	private String version(String item) throws Exception {
		return AdminForms.open(this.mvc, editor(), item).select("input[name=version]").first().val();
	}

}
