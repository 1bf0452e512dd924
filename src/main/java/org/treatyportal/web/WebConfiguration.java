package org.treatyportal.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.Formatter;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.thymeleaf.cache.StandardCacheManager;
import org.thymeleaf.spring6.SpringTemplateEngine;

/**
 * Spring MVC settings shared by every page.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	/** Parsed templates and fragments kept, many times the site's. */
	private static final int KEPT_TEMPLATES = 2_000;

	/** Parsed expressions kept, many times the site's. */
	private static final int KEPT_EXPRESSIONS = 20_000;

	/**
	 * Date fields are text in the page's language, read and shown by {@link LocalDates},
	 * for every {@code LocalDate} and {@code LocalDateTime} a form or a query parameter
	 * binds.
	 */
	@Override
	public void addFormatters(FormatterRegistry registry) {
		registry.addFormatterForFieldType(LocalDate.class, new Formatter<LocalDate>() {

			@Override
			public String print(LocalDate date, Locale locale) {
				return LocalDates.input(date, locale);
			}

			@Override
			public LocalDate parse(String text, Locale locale) {
				return LocalDates.parse(text, locale);
			}

		});
		registry.addFormatterForFieldType(LocalDateTime.class, new Formatter<LocalDateTime>() {

			@Override
			public String print(LocalDateTime dateTime, Locale locale) {
				return LocalDates.input(dateTime, locale);
			}

			@Override
			public LocalDateTime parse(String text, Locale locale) {
				return LocalDates.parseDateTime(text, locale);
			}

		});
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new NavigationInterceptor());
	}

	/** The locale of a request comes from its address (ADR 17). */
	@Bean(DispatcherServlet.LOCALE_RESOLVER_BEAN_NAME)
	LocaleResolver localeResolver(Languages languages) {
		return new AddressLocaleResolver(languages);
	}

	/**
	 * Links built by templates keep the page's language, then go through the rewriters
	 * (static files' hashed addresses). Every template and expression stays parsed
	 * ({@link #templateCaches()}).
	 */
	@Bean
	static BeanPostProcessor templateEngineSettings(ObjectProvider<Languages> languages,
			ObjectProvider<LinkRewriter> rewriters) {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessBeforeInitialization(Object bean, String beanName) {
				if (bean instanceof SpringTemplateEngine engine) {
					engine.setLinkBuilder(
							new LanguageLinkBuilder(languages.getObject(), rewriters.orderedStream().toList()));
					engine.setCacheManager(templateCaches());
				}
				return bean;
			}

		};
	}

	/**
	 * Caches that hold every parsed template and expression of the site for good.
	 * Thymeleaf's defaults keep 500 expressions, first in first out, behind soft
	 * references: the site's templates have about 2,000, so a page's expressions were
	 * parsed again, and compiled again into new classes (the SpEL compiler), as other
	 * pages were rendered, and whenever the collector cleared a soft reference. Their
	 * number is that of the templates' text, not of the requests.
	 */
	private static StandardCacheManager templateCaches() {
		StandardCacheManager caches = new StandardCacheManager();
		caches.setTemplateCacheMaxSize(KEPT_TEMPLATES);
		caches.setTemplateCacheUseSoftReferences(false);
		caches.setExpressionCacheMaxSize(KEPT_EXPRESSIONS);
		caches.setExpressionCacheUseSoftReferences(false);
		return caches;
	}

}
