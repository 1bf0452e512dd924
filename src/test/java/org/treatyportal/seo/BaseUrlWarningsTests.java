package org.treatyportal.seo;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import org.treatyportal.config.PortalProperties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When the site warns that {@code portal.base-url} looks wrong: left at its default in a
 * production set-up, and requests for another host.
 */
@ExtendWith(OutputCaptureExtension.class)
class BaseUrlWarningsTests {

	@Test
	void warnsAtStartWhenLeftAtItsDefaultWithARealDatabase(CapturedOutput output) {
		warnings(null, new MockEnvironment().withProperty("spring.datasource.url", "jdbc:postgresql://db/portal"))
			.warnAtStart();

		assertThat(output).contains("portal.base-url (PORTAL_BASE_URL) is left at its default");
	}

	@Test
	void saysNothingAtStartWhenSetOrEmbeddedOrInDevelopment(CapturedOutput output) {
		warnings("https://portal.example.org", new MockEnvironment().withProperty("spring.datasource.url", "jdbc:x"))
			.warnAtStart();
		warnings(null, new MockEnvironment()).warnAtStart();
		MockEnvironment dev = new MockEnvironment().withProperty("spring.datasource.url", "jdbc:x");
		dev.setActiveProfiles("dev");
		warnings(null, dev).warnAtStart();

		assertThat(output).doesNotContain("portal.base-url");
	}

	@Test
	void warnsOnceForEachOtherHost(CapturedOutput output) throws Exception {
		BaseUrlWarnings warnings = warnings("https://portal.example.org", new MockEnvironment());

		request(warnings, "portal.example.org", "/news");
		request(warnings, "PORTAL.EXAMPLE.ORG", "/news");
		assertThat(output).doesNotContain("portal.base-url");

		request(warnings, "evil.example", "/events.ics");
		request(warnings, "evil.example", "/news");
		request(warnings, "10.0.0.7", "/actuator/health");
		assertThat(output.toString().split("A request arrived for host", -1)).hasSize(2);
		assertThat(output).contains("host evil.example but portal.base-url names portal.example.org");
	}

	@Test
	void stopsLoggingNewHostsAfterAFew(CapturedOutput output) throws Exception {
		BaseUrlWarnings warnings = warnings("https://portal.example.org", new MockEnvironment());

		for (int i = 0; i < BaseUrlWarnings.MAX_HOSTS_LOGGED + 10; i++) {
			request(warnings, "h" + i + ".example", "/");
		}

		assertThat(output.toString().split("A request arrived for host", -1))
			.hasSize(BaseUrlWarnings.MAX_HOSTS_LOGGED + 1);
	}

	private static void request(BaseUrlWarnings warnings, String host, String path) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
		request.setServerName(host);
		MockFilterChain chain = new MockFilterChain();
		warnings.doFilter(request, new MockHttpServletResponse(), chain);
		assertThat(chain.getRequest()).isNotNull();
	}

	private static BaseUrlWarnings warnings(String baseUrl, MockEnvironment environment) {
		Map<String, String> settings = new HashMap<>();
		if (baseUrl != null) {
			settings.put("portal.base-url", baseUrl);
		}
		PortalProperties properties = new Binder(new MapConfigurationPropertySource(settings)).bindOrCreate("portal",
				PortalProperties.class);
		return new BaseUrlWarnings(new SiteUrls(properties), environment);
	}

}
