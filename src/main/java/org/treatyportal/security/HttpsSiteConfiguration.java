package org.treatyportal.security;

import org.springframework.boot.session.autoconfigure.DefaultCookieSerializerCustomizer;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.treatyportal.config.PortalProperties;

/**
 * When the site's public address ({@code portal.base-url}) is https, the session cookie
 * is always {@code Secure} and every response carries HSTS, whatever scheme the request
 * arrived with: behind a proxy that ends TLS and is not listed as trusted, requests look
 * like plain http although every browser talks https, and the cookie must still never
 * travel over http.
 */
@Configuration(proxyBeanMethods = false)
class HttpsSiteConfiguration {

	static boolean isHttps(PortalProperties properties) {
		return "https".equalsIgnoreCase(properties.baseUrl().getScheme());
	}

	@Bean
	ServletContextInitializer secureSessionCookie(PortalProperties properties) {
		return (servletContext) -> {
			if (isHttps(properties)) {
				servletContext.getSessionCookieConfig().setSecure(true);
			}
		};
	}

	/**
	 * The same for the cookie of the sessions kept in PostgreSQL, which Spring Session
	 * writes itself.
	 */
	@Bean
	DefaultCookieSerializerCustomizer secureSpringSessionCookie(PortalProperties properties) {
		return (serializer) -> {
			if (isHttps(properties)) {
				serializer.setUseSecureCookie(true);
			}
		};
	}

}
