package org.treatyportal.support;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Lets the test clock follow the system clock again after each test, so that a test which
 * fixes or moves it cannot leave the next test, of any class sharing the Spring context,
 * at its instant. Registered by {@link PortalIntegrationTest} and {@link HttpsSiteTest};
 * a test that needs a fixed clock sets it in its own {@code @BeforeEach}.
 */
public class ResetClockExtension implements AfterEachCallback {

	@Override
	public void afterEach(ExtensionContext context) {
		SpringExtension.getApplicationContext(context).getBean(MutableClock.class).reset();
	}

}
