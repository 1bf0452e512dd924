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

import org.treatyportal.users.TestUsers;

/**
 * The whole application as a production site runs it: at an https address
 * ({@link #BASE_URL}) and with every security setting at its default, two-factor sign-in
 * required for admins included. Every test class with this annotation shares one Spring
 * context, and the test clock follows the system clock again after each test.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "portal.base-url=" + HttpsSiteTest.BASE_URL)
@AutoConfigureMockMvc
@ExtendWith(ResetClockExtension.class)
@Import({ TestSupportConfiguration.class, TestUsers.class })
public @interface HttpsSiteTest {

	/** The site's public address in these tests. */
	String BASE_URL = "https://portal.example.org";

}
