package org.treatyportal.users;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.zip.GZIPInputStream;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * What a password must be: at least 12 characters, not one of the 20,000 most common
 * passwords (the list Django ships, {@code security/common-passwords.txt.gz}), not the
 * account's e-mail address, and at most 72 bytes (what bcrypt reads).
 */
@Component
public class PasswordPolicy {

	static final int MIN_LENGTH = 12;

	static final int MAX_BYTES = 72;

	private static final String COMMON_PASSWORDS = "security/common-passwords.txt.gz";

	private final Set<String> common;

	PasswordPolicy() {
		this.common = load();
	}

	/**
	 * Why a password is refused, as a message key, or empty when it is fine.
	 * @param password the new password
	 * @param email the e-mail address of the account it is for
	 */
	public Optional<String> problem(String password, String email) {
		if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
			return Optional.of("password.tooShort");
		}
		if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
			return Optional.of("password.tooLong");
		}
		String normalized = password.strip().toLowerCase(Locale.ROOT);
		if (email != null
				&& (normalized.equals(email.strip().toLowerCase(Locale.ROOT)) || normalized.equals(localPart(email)))) {
			return Optional.of("password.sameAsEmail");
		}
		if (this.common.contains(normalized)) {
			return Optional.of("password.common");
		}
		return Optional.empty();
	}

	/**
	 * Checks a new password typed twice and puts the reasons for refusing it on the form.
	 */
	void check(NewPasswordForm form, String email, Errors errors) {
		problem(form.getNewPassword(), email).ifPresent((problem) -> errors.rejectValue("newPassword", problem));
		if (!errors.hasFieldErrors("newPassword") && !form.getNewPassword().equals(form.getRepeatPassword())) {
			errors.rejectValue("repeatPassword", "password.mismatch");
		}
	}

	private static String localPart(String email) {
		int at = email.indexOf('@');
		return ((at > 0) ? email.substring(0, at) : email).strip().toLowerCase(Locale.ROOT);
	}

	private static Set<String> load() {
		Set<String> passwords = new HashSet<>();
		try (InputStream in = new GZIPInputStream(new ClassPathResource(COMMON_PASSWORDS).getInputStream());
				BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			reader.lines().map(String::strip).filter((line) -> !line.isEmpty()).forEach(passwords::add);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + COMMON_PASSWORDS, ex);
		}
		return passwords;
	}

}
