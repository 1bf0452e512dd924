package org.treatyportal.security;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An {@code X-Forwarded-For} header with no trusted proxy configured is reported once in
 * the log, not at every request; with a trusted proxy it is not.
 */
@ExtendWith(OutputCaptureExtension.class)
class ForwardedHeaderWarningTests {

	@Test
	void firstForwardedRequestWithoutATrustedProxyIsReportedOnce(CapturedOutput output) throws Exception {
		ForwardedHeaderWarning warning = new ForwardedHeaderWarning(true);

		warning.doFilter(new MockHttpServletRequest("GET", "/"), new MockHttpServletResponse(), new MockFilterChain());
		assertThat(output).doesNotContain("portal.security.trusted-proxies");
		for (int i = 0; i < 3; i++) {
			warning.doFilter(forwarded(), new MockHttpServletResponse(), new MockFilterChain());
		}

		assertThat(output).containsOnlyOnce("portal.security.trusted-proxies is empty")
			.contains("WARN")
			.contains("from 10.0.0.2 carries X-Forwarded-For");
	}

	@Test
	void forwardedRequestsAreNotReportedWhenAProxyIsTrusted(CapturedOutput output) throws Exception {
		ForwardedHeaderWarning warning = new ForwardedHeaderWarning(false);

		warning.doFilter(forwarded(), new MockHttpServletResponse(), new MockFilterChain());

		assertThat(output).doesNotContain("portal.security.trusted-proxies");
	}

	@Test
	void requestGoesOnEitherWay() throws Exception {
		MockFilterChain chain = new MockFilterChain();

		new ForwardedHeaderWarning(true).doFilter(forwarded(), new MockHttpServletResponse(), chain);

		assertThat(chain.getRequest()).isNotNull();
	}

	private static MockHttpServletRequest forwarded() {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/news");
		request.setRemoteAddr("10.0.0.2");
		request.addHeader("X-Forwarded-For", "203.0.113.9");
		return request;
	}

}
