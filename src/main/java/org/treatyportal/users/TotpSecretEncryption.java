package org.treatyportal.users;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.treatyportal.config.OwnerOnlyFiles;
import org.treatyportal.config.PortalProperties;
import org.treatyportal.database.EmbeddedPostgres;

/**
 * The key that encrypts TOTP secrets, and the start-up check that goes with it. The key
 * comes from {@code portal.security.encryption-key}; with the embedded database and no
 * key set, one is generated once into its folder ({@value #KEY_FILE}, owner-only), next
 * to the data it protects; with an external database (production) and no key set, the
 * site does not start. At start, secrets stored before encryption are encrypted, and a
 * key that cannot read the stored secrets stops the start rather than every two-factor
 * sign-in.
 */
@Configuration(proxyBeanMethods = false)
class TotpSecretEncryption {

	static final String KEY_FILE = "encryption-key";

	private static final Logger logger = LoggerFactory.getLogger(TotpSecretEncryption.class);

	@Bean
	SecretCipher secretCipher(PortalProperties properties, ObjectProvider<EmbeddedPostgres> embedded) {
		EmbeddedPostgres postgres = embedded.getIfAvailable();
		return new SecretCipher(
				key(properties.security().encryptionKey(), (postgres != null) ? postgres.dataDir() : null));
	}

	@Bean
	ApplicationRunner encryptStoredTotpSecrets(JdbcClient jdbc, SecretCipher cipher) {
		return (ApplicationArguments arguments) -> encryptStoredSecrets(jdbc, cipher);
	}

	/**
	 * The configured key, or else the embedded database's own.
	 * @param configured the Base64 key of {@code portal.security.encryption-key}, or
	 * blank
	 * @param embeddedDataDir the embedded database's folder, or {@code null} with an
	 * external database
	 */
	static byte[] key(String configured, Path embeddedDataDir) {
		if (configured != null && !configured.isBlank()) {
			return decode(configured.strip(), "portal.security.encryption-key");
		}
		if (embeddedDataDir == null) {
			throw new EncryptionKeyException("portal.security.encryption-key is not set, and with an external "
					+ "database (spring.datasource.url) the site makes none itself", null);
		}
		Path file = embeddedDataDir.resolve(KEY_FILE);
		try {
			String saved = OwnerOnlyFiles.read(file).orElse("");
			if (!saved.isEmpty()) {
				return decode(saved, file.toString());
			}
			String generated = Base64.getEncoder().encodeToString(Tokens.randomBytes(SecretCipher.KEY_BYTES));
			OwnerOnlyFiles.write(file, generated + "\n");
			logger.info("Generated the key that encrypts two-factor secrets into {}", file);
			return Base64.getDecoder().decode(generated);
		}
		catch (IOException ex) {
			throw new EncryptionKeyException("cannot read or write the key file " + file + " (" + ex.getMessage() + ")",
					ex);
		}
	}

	private static byte[] decode(String base64, String source) {
		byte[] key;
		try {
			key = Base64.getDecoder().decode(base64);
		}
		catch (IllegalArgumentException ex) {
			throw new EncryptionKeyException(source + " is not Base64", ex);
		}
		if (key.length != SecretCipher.KEY_BYTES) {
			throw new EncryptionKeyException(
					source + " holds " + key.length + " bytes; it must hold " + SecretCipher.KEY_BYTES + ", in Base64",
					null);
		}
		return key;
	}

	/**
	 * Encrypts the secrets stored in clear by earlier versions, and checks that the key
	 * reads the encrypted ones. Each row changes only if it still holds what was read, so
	 * several nodes starting at once do no harm.
	 */
	static void encryptStoredSecrets(JdbcClient jdbc, SecretCipher cipher) {
		List<StoredSecret> secrets = jdbc.sql("select id, totp_secret from app_user where totp_secret is not null")
			.query(StoredSecret.class)
			.list();
		int encrypted = 0;
		for (StoredSecret secret : secrets) {
			if (SecretCipher.isEncrypted(secret.totpSecret())) {
				cipher.decrypt(secret.totpSecret());
				continue;
			}
			encrypted += jdbc
				.sql("update app_user set totp_secret = :encrypted, version = version + 1 "
						+ "where id = :id and totp_secret = :plain")
				.param("encrypted", cipher.encrypt(secret.totpSecret()))
				.param("id", secret.id())
				.param("plain", secret.totpSecret())
				.update();
		}
		if (encrypted > 0) {
			logger.info("Encrypted {} two-factor secrets stored in clear by an earlier version", encrypted);
		}
	}

	record StoredSecret(long id, String totpSecret) {
	}

}
