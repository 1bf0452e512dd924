package org.treatyportal.users;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * TOTP against the test vectors of RFC 6238 (appendix B) and Base32 against those of RFC
 * 4648 (section 10).
 */
class TotpTests {

	private static final byte[] SHA1_SEED = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] SHA256_SEED = "12345678901234567890123456789012".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] SHA512_SEED = "1234567890123456789012345678901234567890123456789012345678901234"
		.getBytes(StandardCharsets.US_ASCII);

	@ParameterizedTest
	@CsvSource({ "59, 94287082, 46119246, 90693936", "1111111109, 07081804, 68084774, 25091201",
			"1111111111, 14050471, 67062674, 99943326", "1234567890, 89005924, 91819424, 93441116",
			"2000000000, 69279037, 90698825, 38618901", "20000000000, 65353130, 77737706, 47863826" })
	void codesMatchTheRfc6238TestVectors(long seconds, String sha1, String sha256, String sha512) {
		long step = Totp.step(Instant.ofEpochSecond(seconds));

		assertThat(Totp.code(SHA1_SEED, step, 8, "HmacSHA1")).isEqualTo(sha1);
		assertThat(Totp.code(SHA256_SEED, step, 8, "HmacSHA256")).isEqualTo(sha256);
		assertThat(Totp.code(SHA512_SEED, step, 8, "HmacSHA512")).isEqualTo(sha512);
	}

	@Test
	void sixDigitCodeIsTheLastSixDigitsOfTheRfcCode() {
		assertThat(Totp.code(SHA1_SEED, Totp.step(Instant.ofEpochSecond(1111111109)), 6, Totp.ALGORITHM))
			.isEqualTo("081804");
	}

	@Test
	void codeOfTheStepBeforeOrAfterIsAcceptedButNotFurther() {
		Instant now = Instant.ofEpochSecond(1234567890);
		long step = Totp.step(now);

		assertThat(Totp.matchingStep(SHA1_SEED, code(step), now)).hasValue(step);
		assertThat(Totp.matchingStep(SHA1_SEED, code(step - 1), now)).hasValue(step - 1);
		assertThat(Totp.matchingStep(SHA1_SEED, code(step + 1), now)).hasValue(step + 1);
		assertThat(Totp.matchingStep(SHA1_SEED, code(step - 2), now)).isEmpty();
		assertThat(Totp.matchingStep(SHA1_SEED, "12345", now)).isEmpty();
	}

	@ParameterizedTest
	@CsvSource({ "'', ''", "f, MY", "fo, MZXQ", "foo, MZXW6", "foob, MZXW6YQ", "fooba, MZXW6YTB",
			"foobar, MZXW6YTBOI" })
	void base32MatchesTheRfc4648TestVectors(String text, String base32) {
		byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);

		assertThat(Base32.encode(bytes)).isEqualTo(base32);
		assertThat(Base32.decode(base32.toLowerCase())).isEqualTo(bytes);
	}

	private static String code(long step) {
		return Totp.code(SHA1_SEED, step, Totp.DIGITS, Totp.ALGORITHM);
	}

}
