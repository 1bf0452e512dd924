package org.treatyportal.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

import org.treatyportal.news.TestArticles;
import org.treatyportal.users.TestUsers;

/**
 * The whole application on the shared test PostgreSQL, with real security, driven through
 * MockMvc or over HTTP on a random port (error pages need the real server). Every test
 * class with this annotation shares one Spring context. Admins may sign in without
 * two-factor sign-in here, so that tests about other things need not enrol them;
 * {@link HttpsSiteTest} keeps that default. The test clock follows the system clock again
 * after each test ({@link ResetClockExtension}).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "portal.security.require-two-factor-for-admins=false",
				// Tests run dozens of threads against the pool at once (the sign-in
				// throttle's): they wait for a connection as long as it takes.
				"spring.datasource.hikari.connection-timeout=30000" })
@AutoConfigureMockMvc
@ExtendWith(ResetClockExtension.class)
@Import({ TestSupportConfiguration.class, TestArticles.class, TestUsers.class })
public @interface PortalIntegrationTest {

}
