package org.treatyportal.support;

import java.io.UnsupportedEncodingException;
import java.util.function.Consumer;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultMatcher;

/**
 * Asserts on a rendered page as parsed HTML, the way a browser reads it.
 */
public final class Html {

	private Html() {
	}

	/** Parses the response body and hands the document to the assertions. */
	public static ResultMatcher page(Consumer<Document> assertions) {
		return (result) -> assertions.accept(parse(result));
	}

	/** The response body, parsed. */
	public static Document parse(MvcResult result) throws UnsupportedEncodingException {
		return Jsoup.parse(result.getResponse().getContentAsString());
	}

}
