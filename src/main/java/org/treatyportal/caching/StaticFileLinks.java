package org.treatyportal.caching;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.linkbuilder.StandardLinkBuilder;
import org.thymeleaf.spring6.SpringTemplateEngine;

/**
 * Templates link static files by their hashed addresses: {@code @{/css/site.css}} becomes
 * {@code /css/site.5d41402abc.css}, one map lookup per link.
 */
@Configuration(proxyBeanMethods = false)
class StaticFileLinks {

	@Bean
	static BeanPostProcessor hashedStaticFileLinks(ObjectProvider<StaticFiles> files) {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (bean instanceof SpringTemplateEngine engine) {
					engine.setLinkBuilder(new HashedLinkBuilder(files.getObject()));
				}
				return bean;
			}

		};
	}

	/** The standard link builder, with static files' addresses hashed. */
	static final class HashedLinkBuilder extends StandardLinkBuilder {

		private final StaticFiles files;

		HashedLinkBuilder(StaticFiles files) {
			this.files = files;
		}

		@Override
		protected String processLink(IExpressionContext context, String link) {
			return super.processLink(context, this.files.link(link));
		}

	}

}
