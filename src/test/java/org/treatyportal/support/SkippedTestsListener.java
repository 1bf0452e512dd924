package org.treatyportal.support;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;

/**
 * Prints one line per skipped test with its reason on the build's console. Surefire
 * counts skipped tests without saying why, so a missing Chromium would otherwise pass
 * unnoticed.
 */
public class SkippedTestsListener implements TestExecutionListener {

	private final PrintStream console;

	/**
	 * Writes to the process's own standard error: Surefire captures {@code System.err}
	 * into the test's output file, but copies the process's standard error to the
	 * console.
	 */
	public SkippedTestsListener() {
		this(new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8));
	}

	SkippedTestsListener(PrintStream console) {
		this.console = console;
	}

	@Override
	public void executionSkipped(TestIdentifier test, String reason) {
		report(test, reason);
	}

	@Override
	public void executionFinished(TestIdentifier test, TestExecutionResult result) {
		if (result.getStatus() == TestExecutionResult.Status.ABORTED) {
			report(test, result.getThrowable().map(Throwable::getMessage).orElse("aborted"));
		}
	}

	private void report(TestIdentifier test, String reason) {
		this.console.println("Skipped " + name(test) + ": " + reason);
	}

	private static String name(TestIdentifier test) {
		TestSource source = test.getSource().orElse(null);
		if (source instanceof MethodSource method) {
			return method.getClassName() + "." + method.getMethodName();
		}
		if (source instanceof ClassSource type) {
			return type.getClassName();
		}
		return test.getDisplayName();
	}

}
