package org.treatyportal.news;

import java.util.Map;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import org.treatyportal.support.AdminForms;
import org.treatyportal.support.PortalIntegrationTest;
import org.treatyportal.support.PublishedContentContract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * News items keep the promises of every published content type.
 */
@PortalIntegrationTest
class ArticleContractTests extends PublishedContentContract {

	@Override
	protected String adminPath() {
		return "/admin/news";
	}

	@Override
	protected String publicAddress(String slug) {
		return "/news/" + slug;
	}

	@Test
	void theTextIsComparedAsItReadsAndTheirTextCanBeTakenWithoutTheirTitle() throws Exception {
		RequestPostProcessor alice = editor();
		String item = create("Compared 5151");
		String theirText = "<p>Held in <strong>Ankara</strong>.</p>";

		Document conflict = conflictAfterTheirSave(item, alice, Map.of("body", theirText),
				Map.of("title", "Compared by Alice 5151", "body", "<p>Alice's own text.</p>"));
		assertThat(conflict.select(".conflict .diff-rendered strong ins").text()).isEqualTo("Ankara");
		assertThat(conflict.select(".conflict .diff-source summary").text()).isEqualTo("View source");
		assertThat(conflict.select(".conflict .diff-source ins").text()).contains("<strong>");
		Element takeTheirText = conflict.selectFirst("input[type=radio][value=body]");
		this.mvc
			.perform(AdminForms.submit(conflict, item, alice, Map.of("confirmOverwrite",
					conflict.select("input[name=confirmOverwrite]").val(), takeTheirText.attr("name"), "body")))
			.andExpect(status().isFound());

		Document saved = AdminForms.open(this.mvc, alice, item);
		assertThat(saved.select("[name=title]").val()).isEqualTo("Compared by Alice 5151");
		assertThat(saved.select("[name=body]").val()).isEqualTo(theirText);
		Document history = AdminForms.open(this.mvc, alice, item + "/revisions?from=1&to=2");
		assertThat(history.select(".diff-rendered strong ins").text()).isEqualTo("Ankara");
	}

}
