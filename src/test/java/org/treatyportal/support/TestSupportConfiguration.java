package org.treatyportal.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What integration tests add to the application: a clock they control and a page that
 * fails, to check what visitors see of an unexpected error (found by component scanning,
 * as test classes share the application's packages).
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestSupportConfiguration {

	@Bean
	@Primary
	MutableClock mutableClock() {
		return new MutableClock();
	}

	@RestController
	static class FailingController {

		@GetMapping("/test-support/failure")
		String fail() {
			throw new IllegalStateException("secret internal detail");
		}

	}

}
