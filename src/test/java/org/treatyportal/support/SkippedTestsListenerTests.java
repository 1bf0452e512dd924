package org.treatyportal.support;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.abort;

/**
 * A skipped test is named on the console with its reason; a test that runs is not.
 */
class SkippedTestsListenerTests {

	@Test
	void skippedTestsAreNamedWithTheirReason() {
		ByteArrayOutputStream console = new ByteArrayOutputStream();
		Launcher launcher = LauncherFactory
			.create(LauncherConfig.builder().enableTestExecutionListenerAutoRegistration(false).build());

		launcher.execute(LauncherDiscoveryRequestBuilder.request()
			.selectors(DiscoverySelectors.selectClass(Examples.class))
			.build(), new SkippedTestsListener(new PrintStream(console, true, StandardCharsets.UTF_8)));

		String name = Examples.class.getName();
		assertThat(console.toString(StandardCharsets.UTF_8).lines()).containsExactlyInAnyOrder(
				"Skipped " + name + ".aborted: the browser is missing", "Skipped " + name + ".disabled: not today");
	}

	/** Run only by the test above (Surefire leaves nested classes alone). */
	static class Examples {

		@Test
		void aborted() {
			abort("the browser is missing");
		}

		@Test
		@Disabled("not today")
		void disabled() {
		}

		@Test
		void passed() {
		}

	}

}
