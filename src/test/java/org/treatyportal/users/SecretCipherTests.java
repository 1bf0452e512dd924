package org.treatyportal.users;

import java.util.Base64;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * AES-256-GCM for the secrets the site reads back.
 */
class SecretCipherTests {

	private static final String SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

	private final SecretCipher cipher = new SecretCipher(Tokens.randomBytes(32));

	@Test
	void encryptedSecretIsVersionedHidesTheSecretAndDecrypts() {
		String stored = this.cipher.encrypt(SECRET);

		assertThat(stored).startsWith("v1:").doesNotContain(SECRET).hasSizeLessThanOrEqualTo(255);
		assertThat(this.cipher.decrypt(stored)).isEqualTo(SECRET);
	}

	@Test
	void theSameSecretEncryptsDifferentlyEachTime() {
		assertThat(this.cipher.encrypt(SECRET)).isNotEqualTo(this.cipher.encrypt(SECRET));
	}

	@Test
	void anotherKeyCannotDecrypt() {
		String stored = this.cipher.encrypt(SECRET);

		assertThatExceptionOfType(WrongEncryptionKeyException.class)
			.isThrownBy(() -> new SecretCipher(Tokens.randomBytes(32)).decrypt(stored));
	}

	@Test
	void alteredValueIsRefused() {
		byte[] sealed = Base64.getDecoder().decode(this.cipher.encrypt(SECRET).substring(3));
		sealed[sealed.length - 20] ^= 1;

		assertThatExceptionOfType(WrongEncryptionKeyException.class)
			.isThrownBy(() -> this.cipher.decrypt("v1:" + Base64.getEncoder().encodeToString(sealed)));
		assertThatExceptionOfType(WrongEncryptionKeyException.class).isThrownBy(() -> this.cipher.decrypt("v1:!!"));
	}

	@Test
	void secretStoredBeforeEncryptionIsReadAsItIs() {
		assertThat(this.cipher.decrypt(SECRET)).isEqualTo(SECRET);
	}

}
