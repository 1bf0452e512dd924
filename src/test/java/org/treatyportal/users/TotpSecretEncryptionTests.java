package org.treatyportal.users;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.treatyportal.support.MutableClock;
import org.treatyportal.support.PortalIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * TOTP secrets are stored encrypted with the site's key: where the key comes from, what
 * the column holds, secrets stored in clear before, and a wrong key.
 */
@PortalIntegrationTest
class TotpSecretEncryptionTests {

	private static final Instant NOW = Instant.parse("2031-08-01T10:00:05Z");

	private static final String SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

	@Autowired
	private TwoFactorService twoFactor;

	@Autowired
	private SecretCipher cipher;

	@Autowired
	private TestUsers users;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private MutableClock clock;

	@TempDir
	private Path temp;

	@BeforeEach
	void fixTheClock() {
		this.clock.setInstant(NOW);
	}

	@Test
	void columnHoldsTheSecretEncryptedAndCodesStillWork() {
		User editor = this.users.editor();

		assertThat(this.twoFactor.enable(editor.getEmail(), SECRET, codeAt(NOW))).isNotEmpty();

		String stored = storedSecret(editor);
		assertThat(stored).startsWith("v1:").doesNotContain(SECRET);
		assertThat(this.cipher.decrypt(stored)).isEqualTo(SECRET);
		this.clock.advance(Duration.ofSeconds(30));
		assertThat(this.twoFactor.verify(editor.getId(), codeAt(this.clock.instant())))
			.isEqualTo(TwoFactorService.Verification.AUTHENTICATOR);
	}

	@Test
	void secretStoredInClearBeforeIsEncryptedAtStartAndStillWorks() {
		User editor = this.users.editor();
		this.jdbc.sql("update app_user set totp_secret = :secret, totp_enabled_at = now() where id = :id")
			.param("secret", SECRET)
			.param("id", editor.getId())
			.update();

		TotpSecretEncryption.encryptStoredSecrets(this.jdbc, this.cipher);

		assertThat(storedSecret(editor)).startsWith("v1:").doesNotContain(SECRET);
		assertThat(this.twoFactor.verify(editor.getId(), codeAt(NOW)))
			.isEqualTo(TwoFactorService.Verification.AUTHENTICATOR);
	}

	@Test
	void keyThatCannotReadTheStoredSecretsStopsTheStartWithAClearMessage() {
		User editor = this.users.editor();
		this.twoFactor.enable(editor.getEmail(), SECRET, codeAt(NOW));
		SecretCipher otherKey = new SecretCipher(Tokens.randomBytes(32));

		assertThatExceptionOfType(WrongEncryptionKeyException.class)
			.isThrownBy(() -> TotpSecretEncryption.encryptStoredSecrets(this.jdbc, otherKey))
			.satisfies((ex) -> assertThat(analysis(ex).getAction()).contains("PORTAL_SECURITY_ENCRYPTION_KEY",
					"the key the site ran with before"));
	}

	@Test
	void configuredKeyIsUsed() {
		byte[] key = Tokens.randomBytes(32);

		assertThat(TotpSecretEncryption.key(Base64.getEncoder().encodeToString(key), this.temp)).isEqualTo(key);
		assertThat(this.temp.resolve("encryption-key")).doesNotExist();
	}

	@Test
	void withTheEmbeddedDatabaseAKeyIsGeneratedOnceIntoItsFolder() throws Exception {
		byte[] first = TotpSecretEncryption.key(null, this.temp);
		byte[] second = TotpSecretEncryption.key("", this.temp);

		assertThat(first).hasSize(32).isEqualTo(second);
		assertThat(Files.getPosixFilePermissions(this.temp.resolve("encryption-key")))
			.isEqualTo(PosixFilePermissions.fromString("rw-------"));
	}

	@Test
	void withAnExternalDatabaseAndNoKeyTheSiteDoesNotStartAndSaysHowToMakeOne() {
		assertThatExceptionOfType(EncryptionKeyException.class).isThrownBy(() -> TotpSecretEncryption.key(null, null))
			.withMessageContaining("portal.security.encryption-key is not set")
			.satisfies((ex) -> assertThat(analysis(ex).getAction()).contains("openssl rand -base64 32",
					"PORTAL_SECURITY_ENCRYPTION_KEY"));
	}

	@Test
	void keyOfTheWrongSizeIsRefused() {
		assertThatExceptionOfType(EncryptionKeyException.class)
			.isThrownBy(() -> TotpSecretEncryption.key(Base64.getEncoder().encodeToString(new byte[16]), null))
			.withMessageContaining("holds 16 bytes");
		assertThatExceptionOfType(EncryptionKeyException.class)
			.isThrownBy(() -> TotpSecretEncryption.key("not base64!", null))
			.withMessageContaining("is not Base64");
	}

	private static FailureAnalysis analysis(Throwable failure) {
		return new EncryptionKeyFailureAnalyzer().analyze(new IllegalStateException(failure));
	}

	private String storedSecret(User user) {
		return this.jdbc.sql("select totp_secret from app_user where id = :id")
			.param("id", user.getId())
			.query(String.class)
			.single();
	}

	private static String codeAt(Instant instant) {
		return Totp.code(Base32.decode(SECRET), Totp.step(instant), Totp.DIGITS, Totp.ALGORITHM);
	}

}
