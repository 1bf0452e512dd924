package org.treatyportal.support;

import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Fills in admin forms the way a browser does: opens the page, takes every field with the
 * value the page gives it, changes the ones the test names, and submits the form to its
 * action. Tests of generic behaviour then need to know nothing of a type's fields.
 */
public final class AdminForms {

	private AdminForms() {
	}

	/** The page at this address, as the signed-in user sees it. */
	public static Document open(MockMvc mvc, RequestPostProcessor who, String url) throws Exception {
		String html = mvc.perform(get(url).with(who)).andReturn().getResponse().getContentAsString();
		return Jsoup.parse(html);
	}

	/**
	 * The request that submits the page's form posting to {@code action}, with the
	 * changes given over the values the page shows.
	 */
	public static RequestBuilder submit(Document page, String action, RequestPostProcessor who,
			Map<String, String> changes) {
		Element form = page.selectFirst("form[method=post][action=" + action + "]");
		assertThat(form).as("a form posting to " + action).isNotNull();
		MultiValueMap<String, String> fields = fields(form);
		changes.forEach(fields::set);
		if ("multipart/form-data".equals(form.attr("enctype"))) {
			return multipart(action).params(fields).with(who).with(csrf());
		}
		return post(action).params(fields).with(who).with(csrf());
	}

	/** The fields a browser sends for the form as the page shows it. */
	static MultiValueMap<String, String> fields(Element form) {
		MultiValueMap<String, String> fields = new LinkedMultiValueMap<>();
		for (Element input : controls(form, "input[name]")) {
			String type = input.attr("type");
			boolean choice = "checkbox".equals(type) || "radio".equals(type);
			if (!"_csrf".equals(input.attr("name")) && !"file".equals(type) && !"submit".equals(type)
					&& (!choice || input.hasAttr("checked"))) {
				fields.add(input.attr("name"), (choice && !input.hasAttr("value")) ? "on" : input.val());
			}
		}
		for (Element textarea : controls(form, "textarea[name]")) {
			fields.add(textarea.attr("name"), textarea.val());
		}
		for (Element select : controls(form, "select[name]")) {
			var selected = select.select("option[selected]");
			if (selected.isEmpty() && !select.hasAttr("multiple") && select.selectFirst("option") != null) {
				fields.add(select.attr("name"), select.selectFirst("option").val());
			}
			selected.forEach((option) -> fields.add(select.attr("name"), option.val()));
		}
		return fields;
	}

	/**
	 * The form's controls that match: those inside it, and those outside that name it in
	 * their {@code form} attribute, as a browser sends them.
	 */
	private static Elements controls(Element form, String query) {
		Elements controls = form.select(query);
		Document page = form.ownerDocument();
		if (!form.id().isEmpty() && page != null) {
			for (Element outside : page.select(query + "[form=" + form.id() + "]")) {
				if (!controls.contains(outside)) {
					controls.add(outside);
				}
			}
		}
		return controls;
	}

}
