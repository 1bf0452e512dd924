package org.treatyportal.web;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import nu.validator.validation.SimpleDocumentValidator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

import org.treatyportal.news.TestArticles;
import org.treatyportal.support.PortalIntegrationTest;
import org.treatyportal.users.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The Nu HTML Checker, in-process, over every public page of the README in both languages
 * and every admin form as an admin sees it: any error fails the build with the page's
 * address, the line and the checker's message.
 */
@PortalIntegrationTest
class HtmlValidityTests {

	private static final CheckedPages PAGES = new CheckedPages();

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private TestArticles articles;

	@Autowired
	private TestUsers users;

	@BeforeEach
	void publishOneItemOfEachKind() {
		PAGES.publish(this.jdbc, this.articles);
	}

	@Test
	void everyPublicPageInBothLanguagesIsValidHtml() throws Exception {
		List<String> errors = new ArrayList<>();
		for (String route : PAGES.publicRoutesInBothLanguages()) {
			errors.addAll(check(route, html(route, null)));
		}
		assertThat(errors).as("Nu HTML Checker errors").isEmpty();
	}

	@Test
	void everyAdminFormIsValidHtml() throws Exception {
		RequestPostProcessor admin = user(this.users.admin().getEmail()).roles("ADMIN");
		List<String> forms = CheckedPages.adminForms((url) -> html(url, admin), this.jdbc);
		List<String> errors = new ArrayList<>();
		for (String form : forms) {
			errors.addAll(check(form, html(form, admin)));
		}
		assertThat(forms).hasSizeGreaterThanOrEqualTo(20);
		assertThat(errors).as("Nu HTML Checker errors").isEmpty();
	}

	@Test
	void checkerReportsAnInvalidPage() throws Exception {
		assertThat(check("/broken",
				"<!DOCTYPE html><html lang=en><title>T</title><p><time datetime=\"2026-01-01T10:00:00.123456Z\">x</time><div id=a></div><div id=a></div>"))
			.hasSizeGreaterThanOrEqualTo(2)
			.allMatch((error) -> error.startsWith("/broken:"));
	}

	private String html(String url, RequestPostProcessor who) {
		return CheckedPages.html(this.mvc, url, who);
	}

	/** The checker's errors on a page, each as "address:line: message". */
	private static List<String> check(String url, String html) throws Exception {
		List<String> errors = new ArrayList<>();
		ErrorHandler handler = new ErrorHandler() {

			@Override
			public void warning(SAXParseException exception) {
			}

			@Override
			public void error(SAXParseException exception) {
				errors.add(url + ":" + exception.getLineNumber() + ": " + exception.getMessage());
			}

			@Override
			public void fatalError(SAXParseException exception) {
				error(exception);
			}

		};
		SimpleDocumentValidator validator = new SimpleDocumentValidator(false, false, false);
		validator.setUpMainSchema("http://s.validator.nu/html5-all.rnc", handler);
		validator.setUpValidatorAndParsers(handler, false, false);
		InputSource source = new InputSource(new StringReader(html));
		source.setSystemId(url);
		validator.checkHtmlInputSource(source);
		return errors;
	}

}
