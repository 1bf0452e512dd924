package org.treatyportal.seo;

import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The escaping that lets JSON-LD stand in a {@code <script>} element, and the cleaning
 * that lets any text stand in an XML document.
 */
class PageHeadsTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void scriptSafeJsonHoldsNoMarkupCharactersAndReadsBackTheSame() {
		String text = "</script><script>alert(1)</script> <!-- a & b --> \u2028\u2029 \"quoted\" \\ end";
		String json = JSON.writeValueAsString(Map.of("headline", text));

		String safe = PageHeads.scriptSafe(json);

		assertThat(safe).doesNotContain("<", ">", "&", "\u2028", "\u2029");
		assertThat(JSON.readTree(safe).get("headline").asString()).isEqualTo(text);
	}

	@Test
	void xmlTextLeavesOutWhatXmlCannotHold() {
		assertThat(XmlDocuments.text("a\u0000b\u0001c\td\ne\uFFFEf \uD83D\uDE00")).isEqualTo("abc\td\nef \uD83D\uDE00");
		assertThat(XmlDocuments.text(null)).isEmpty();
	}

}
