package org.treatyportal.web;

import java.util.List;
import java.util.Map;

import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.context.IWebContext;
import org.thymeleaf.linkbuilder.StandardLinkBuilder;

/**
 * Keeps the links of a page in its language: on a page in another language than the
 * default, a context-relative link ({@code @{/news}}) to a public page gets the language
 * prefix ({@code /fr/news}). Links to what exists in one language only (admin, sign-in,
 * static files, attachments) stay as they are, and a link that names a language already
 * ({@code @{/fr/news}} from an English page) is left alone.
 */
class LanguageLinkBuilder extends StandardLinkBuilder {

	private final Languages languages;

	private final List<LinkRewriter> rewriters;

	LanguageLinkBuilder(Languages languages, List<LinkRewriter> rewriters) {
		this.languages = languages;
		this.rewriters = rewriters;
	}

	@Override
	protected String processLink(IExpressionContext context, String link) {
		String rewritten = link;
		for (LinkRewriter rewriter : this.rewriters) {
			rewritten = rewriter.rewrite(rewritten);
		}
		return super.processLink(context, rewritten);
	}

	@Override
	protected String computeContextPath(IExpressionContext context, String base, Map<String, Object> parameters) {
		String contextPath = super.computeContextPath(context, base, parameters);
		if (!(context instanceof IWebContext web)) {
			return contextPath;
		}
		Object language = web.getExchange().getAttributeValue(Languages.ADDRESS_LANGUAGE);
		if (!(language instanceof String tag) || tag.equals(this.languages.defaultLanguage())
				|| !this.languages.isLocalised(base) || this.languages.prefixOf(base).isPresent()) {
			return contextPath;
		}
		return contextPath + "/" + tag;
	}

}
