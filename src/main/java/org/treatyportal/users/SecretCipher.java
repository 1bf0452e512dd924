package org.treatyportal.users;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts the secrets the site must read back, the TOTP secrets, with AES-256-GCM under
 * the site's encryption key, so that a copy of the database (a backup, a dump, a replica)
 * does not give away everyone's second factor. A stored value reads {@code v1:} followed
 * by the Base64 of a random 12-byte nonce, the ciphertext and the 16-byte tag; the prefix
 * names the key and format, so that a later key can be added beside this one and the
 * values re-encrypted.
 */
final class SecretCipher {

	static final String PREFIX = "v1:";

	static final int KEY_BYTES = 32;

	private static final String TRANSFORMATION = "AES/GCM/NoPadding";

	private static final int NONCE_BYTES = 12;

	private static final int TAG_BITS = 128;

	private final SecretKeySpec key;

	SecretCipher(byte[] key) {
		if (key.length != KEY_BYTES) {
			throw new IllegalArgumentException("An AES-256 key has " + KEY_BYTES + " bytes, not " + key.length);
		}
		this.key = new SecretKeySpec(key, "AES");
	}

	static boolean isEncrypted(String stored) {
		return stored.startsWith(PREFIX);
	}

	String encrypt(String plain) {
		byte[] nonce = Tokens.randomBytes(NONCE_BYTES);
		try {
			Cipher cipher = Cipher.getInstance(TRANSFORMATION);
			cipher.init(Cipher.ENCRYPT_MODE, this.key, new GCMParameterSpec(TAG_BITS, nonce));
			byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
			return PREFIX + Base64.getEncoder()
				.encodeToString(ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array());
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("No AES-GCM in this Java runtime", ex);
		}
	}

	/**
	 * The plain secret. A value without the prefix was stored before secrets were
	 * encrypted and is read as it is, until the start-up task encrypts it.
	 * @throws WrongEncryptionKeyException when this key did not encrypt the value
	 */
	String decrypt(String stored) {
		if (!isEncrypted(stored)) {
			return stored;
		}
		byte[] sealed;
		try {
			sealed = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
		}
		catch (IllegalArgumentException ex) {
			throw new WrongEncryptionKeyException(ex);
		}
		if (sealed.length <= NONCE_BYTES) {
			throw new WrongEncryptionKeyException(null);
		}
		try {
			Cipher cipher = Cipher.getInstance(TRANSFORMATION);
			cipher.init(Cipher.DECRYPT_MODE, this.key, new GCMParameterSpec(TAG_BITS, sealed, 0, NONCE_BYTES));
			return new String(cipher.doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES), StandardCharsets.UTF_8);
		}
		catch (AEADBadTagException ex) {
			throw new WrongEncryptionKeyException(ex);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("No AES-GCM in this Java runtime", ex);
		}
	}

}
