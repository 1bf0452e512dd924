package org.treatyportal.security;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.catalina.valves.RemoteIpValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.treatyportal.config.PortalProperties;

/**
 * Believes {@code X-Forwarded-For}, {@code -Proto}, {@code -Host} and {@code -Port} only
 * from the reverse proxies listed in {@code portal.security.trusted-proxies}. Behind such
 * a proxy the client's address is the real one (for the audit log and the sign-in
 * throttle) and a request the proxy received over HTTPS counts as secure, so the session
 * cookie gets {@code Secure} and responses get HSTS. With no proxy listed, the headers
 * are ignored (anyone could send them), and the first request that carries one is
 * reported in the log.
 */
@Configuration(proxyBeanMethods = false)
class TrustedProxyConfiguration {

	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> trustedProxies(PortalProperties properties) {
		List<String> proxies = properties.security().trustedProxies();
		return (factory) -> {
			if (proxies.isEmpty()) {
				return;
			}
			RemoteIpValve valve = new RemoteIpValve();
			valve.setInternalProxies(addressPattern(proxies));
			valve.setTrustedProxies("");
			valve.setRemoteIpHeader("X-Forwarded-For");
			valve.setProtocolHeader("X-Forwarded-Proto");
			valve.setHostHeader("X-Forwarded-Host");
			valve.setPortHeader("X-Forwarded-Port");
			factory.addEngineValves(valve);
		};
	}

	@Bean
	FilterRegistrationBean<ForwardedHeaderWarning> forwardedHeaderWarning(PortalProperties properties) {
		return new FilterRegistrationBean<>(
				new ForwardedHeaderWarning(properties.security().trustedProxies().isEmpty()));
	}

	/** A regular expression matching exactly the listed addresses. */
	static String addressPattern(List<String> addresses) {
		return addresses.stream()
			.map(String::strip)
			.filter((address) -> !address.isEmpty())
			.map(Pattern::quote)
			.collect(Collectors.joining("|"));
	}

}
