package org.treatyportal.support;

import java.util.function.Consumer;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.test.web.servlet.ResultMatcher;

/**
 * Asserts on a rendered page as parsed HTML, the way a browser reads it.
 */
public final class Html {

	private Html() {
	}

	/** Parses the response body and hands the document to the assertions. */
	public static ResultMatcher page(Consumer<Document> assertions) {
		return (result) -> assertions.accept(Jsoup.parse(result.getResponse().getContentAsString()));
	}

}
