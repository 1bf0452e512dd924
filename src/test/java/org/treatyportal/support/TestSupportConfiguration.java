package org.treatyportal.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.ConfigurableMockMvcBuilder;
import org.springframework.test.web.servlet.setup.MockMvcConfigurer;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.WebApplicationContext;

/**
 * What integration tests add to the application: a clock they control, a page that fails,
 * to check what visitors see of an unexpected error (found by component scanning, as test
 * classes share the application's packages), and MockMvc requests that keep the
 * {@code MockHttpSession} they are given.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestSupportConfiguration {

	@Bean
	@Primary
	MutableClock mutableClock() {
		return new MutableClock();
	}

	/**
	 * MockMvc requests skip Spring Session's filter, so that a test's
	 * {@code MockHttpSession} is the session the application sees (the filter would look
	 * for a session cookie instead). Requests over HTTP, on the same context, go through
	 * it to the sessions in PostgreSQL; {@code ClusterTests} checks those across two
	 * nodes.
	 */
	@Bean
	MockMvcBuilderCustomizer containerSessionsForMockMvc() {
		return (builder) -> builder.apply(new MockMvcConfigurer() {

			@Override
			public RequestPostProcessor beforeMockMvcCreated(ConfigurableMockMvcBuilder<?> mockMvcBuilder,
					WebApplicationContext context) {
				return (request) -> {
					request.setAttribute(SessionRepositoryFilter.class.getName() + ".FILTERED", Boolean.TRUE);
					return request;
				};
			}

		});
	}

	@RestController
	static class FailingController {

		@GetMapping("/test-support/failure")
		String fail() {
			throw new IllegalStateException("secret internal detail");
		}

	}

}
