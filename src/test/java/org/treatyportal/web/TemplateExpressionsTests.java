package org.treatyportal.web;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.expression.spel.standard.SpelExpression;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.thymeleaf.cache.ExpressionCacheKey;
import org.thymeleaf.cache.ICache;
import org.thymeleaf.spring6.SpringTemplateEngine;

import org.treatyportal.news.TestArticles;
import org.treatyportal.support.PortalIntegrationTest;
import org.treatyportal.users.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The template engine parses an expression once and compiles it once: rendering every
 * other page does not push a page's expressions out of its cache, and no public page
 * evaluates a compiled expression on an object of another class than it was compiled for
 * (the compiled form would be thrown away, and compiled again into a new class a hundred
 * evaluations later, again and again).
 */
@PortalIntegrationTest
class TemplateExpressionsTests {

	private static final CheckedPages PAGES = new CheckedPages();

	@Autowired
	private MockMvc mvc;

	@Autowired
	private SpringTemplateEngine engine;

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
	void aPageKeepsItsParsedExpressionsWhileEveryOtherPageIsRendered() throws Exception {
		ICache<ExpressionCacheKey, Object> expressions = this.engine.getCacheManager().getExpressionCache();
		this.mvc.perform(get("/search").param("q", "convention")).andExpect(status().isOk());
		Map<ExpressionCacheKey, Object> parsed = new HashMap<>();
		for (ExpressionCacheKey key : expressions.keySet()) {
			parsed.put(key, expressions.get(key));
		}

		renderPublicPages();
		RequestPostProcessor admin = user(this.users.admin().getEmail()).roles("ADMIN");
		for (String form : CheckedPages.adminForms((url) -> CheckedPages.html(this.mvc, url, admin), this.jdbc)) {
			CheckedPages.html(this.mvc, form, admin);
		}

		parsed.forEach((key, expression) -> assertThat(expressions.get(key)).as(key.toString()).isSameAs(expression));
		assertThat(expressions.keySet()).as("more expressions than Thymeleaf keeps by default").hasSizeGreaterThan(500);
	}

	@Test
	void everyCompiledExpressionOfThePublicPagesStaysCompiled() throws Exception {
		renderPublicPages();
		// Compiled now rather than after a hundred evaluations each.
		Map<SpelExpression, Object> compiled = new HashMap<>();
		for (SpelExpression expression : spelExpressions()) {
			if (expression.compileExpression()) {
				compiled.put(expression, compiledForm(expression));
			}
		}

		renderPublicPages();

		List<String> thrownAway = new ArrayList<>();
		compiled.forEach((expression, form) -> {
			if (compiledForm(expression) != form) {
				thrownAway.add(expression.getExpressionString());
			}
		});
		assertThat(compiled).hasSizeGreaterThan(100);
		assertThat(thrownAway).as("expressions evaluated on objects of several classes").isEmpty();
	}

	private void renderPublicPages() throws Exception {
		for (String route : PAGES.publicRoutesInBothLanguages()) {
			this.mvc.perform(get(route)).andExpect(status().isOk());
		}
		for (String q : List.of("convention", "conventoin", "zzqqxx")) {
			this.mvc.perform(get("/search").param("q", q)).andExpect(status().isOk());
			this.mvc.perform(get("/fr/search").param("q", q)).andExpect(status().isOk());
		}
	}

	/** The SpEL expressions the template engine keeps. */
	private List<SpelExpression> spelExpressions() throws ReflectiveOperationException {
		ICache<ExpressionCacheKey, Object> cache = this.engine.getCacheManager().getExpressionCache();
		List<SpelExpression> expressions = new ArrayList<>();
		for (ExpressionCacheKey key : cache.keySet()) {
			Object kept = cache.get(key);
			if (kept != null && kept.getClass().getSimpleName().equals("ComputedSpelExpression")) {
				Field expression = kept.getClass().getDeclaredField("expression");
				expression.setAccessible(true);
				expressions.add((SpelExpression) expression.get(kept));
			}
		}
		return expressions;
	}

	private static Object compiledForm(SpelExpression expression) {
		try {
			Field compiled = SpelExpression.class.getDeclaredField("compiledAst");
			compiled.setAccessible(true);
			return compiled.get(expression);
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
