package org.treatyportal.seo;

import java.io.IOException;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Says loudly when {@code portal.base-url} looks wrong, since every absolute link the
 * site writes comes from it (canonical links, Open Graph, JSON-LD, feeds, the sitemap,
 * robots.txt, calendars, password links): at start when it is left at its default on a
 * real database outside the {@code dev} profile, and when requests arrive for another
 * host. Each other host is logged once, and only the first few: the Host header is the
 * client's to choose, and it must not fill the log.
 */
@Component
class BaseUrlWarnings extends OncePerRequestFilter {

	static final String DEFAULT_HOME = "http://localhost:8080/";

	static final int MAX_HOSTS_LOGGED = 20;

	private static final Logger logger = LoggerFactory.getLogger(BaseUrlWarnings.class);

	private final SiteUrls urls;

	private final Environment environment;

	private final Set<String> hostsLogged = ConcurrentHashMap.newKeySet();

	BaseUrlWarnings(SiteUrls urls, Environment environment) {
		this.urls = urls;
		this.environment = environment;
	}

	@EventListener(ApplicationReadyEvent.class)
	void warnAtStart() {
		String datasource = this.environment.getProperty("spring.datasource.url");
		boolean embedded = datasource == null || datasource.isBlank();
		if (DEFAULT_HOME.equals(this.urls.home()) && !embedded && !this.environment.matchesProfiles("dev")) {
			logger.warn("portal.base-url (PORTAL_BASE_URL) is left at its default {}: every absolute link the site "
					+ "writes (canonical links, Open Graph, feeds, the sitemap, robots.txt, calendars, password links) "
					+ "points there. Set it to the site's public address.", DEFAULT_HOME);
		}
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String host = printable(request.getServerName());
		if (!host.equalsIgnoreCase(this.urls.host()) && !request.getRequestURI().startsWith("/actuator/")
				&& this.hostsLogged.size() < MAX_HOSTS_LOGGED && this.hostsLogged.add(host)) {
			logger.warn("A request arrived for host {} but portal.base-url names {}: absolute links (feeds, calendars, "
					+ "canonical links, password links) point to {}. If that is not the site's public address, set "
					+ "portal.base-url.", host, this.urls.host(), this.urls.home());
		}
		chain.doFilter(request, response);
	}

	private static String printable(String text) {
		return (text != null) ? text.toLowerCase(Locale.ROOT).replaceAll("[^\\x21-\\x7e]", "?") : "";
	}

}
