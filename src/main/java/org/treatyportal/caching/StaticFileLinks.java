package org.treatyportal.caching;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.treatyportal.web.LinkRewriter;

/**
 * Templates link static files by their hashed addresses: {@code @{/css/site.css}} becomes
 * {@code /css/site.5d41402abc.css}, one map lookup per link.
 */
@Configuration(proxyBeanMethods = false)
class StaticFileLinks {

	@Bean
	LinkRewriter hashedStaticFileLinks(StaticFiles files) {
		return files::link;
	}

}
