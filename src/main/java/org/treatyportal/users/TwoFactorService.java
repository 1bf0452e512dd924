package org.treatyportal.users;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.UriUtils;

import org.treatyportal.audit.AuditItem;
import org.treatyportal.audit.AuditLog;
import org.treatyportal.config.PortalProperties;

/**
 * Two-factor sign-in with TOTP codes from an authenticator app, and one-time recovery
 * codes for when the app is lost.
 */
@Service
public class TwoFactorService {

	/** How the audit log names accounts. */
	static final String AUDIT_ITEM_TYPE = "user";

	static final int SECRET_BYTES = 20;

	static final int RECOVERY_CODES = 10;

	private static final int RECOVERY_CODE_BYTES = 10;

	private final UserRepository users;

	private final RecoveryCodeRepository recoveryCodes;

	private final AuditLog auditLog;

	private final PortalProperties properties;

	private final SecretCipher cipher;

	private final Clock clock;

	TwoFactorService(UserRepository users, RecoveryCodeRepository recoveryCodes, AuditLog auditLog,
			PortalProperties properties, SecretCipher cipher, Clock clock) {
		this.users = users;
		this.recoveryCodes = recoveryCodes;
		this.auditLog = auditLog;
		this.properties = properties;
		this.cipher = cipher;
		this.clock = clock;
	}

	/** A new random secret, in Base32 as apps take it. */
	String newSecret() {
		return Base32.encode(Tokens.randomBytes(SECRET_BYTES));
	}

	/** The {@code otpauth://} address an app reads from the QR code. */
	String provisioningUri(String secret, String email) {
		String issuer = this.properties.siteName(this.properties.defaultLanguage());
		return "otpauth://totp/" + UriUtils.encodePathSegment(issuer + ":" + email, "UTF-8") + "?secret=" + secret
				+ "&issuer=" + UriUtils.encodeQueryParam(issuer, "UTF-8") + "&algorithm=SHA1&digits=" + Totp.DIGITS
				+ "&period=" + Totp.STEP_SECONDS;
	}

	String qrCode(String secret, String email) {
		return QrCodes.svgDataUri(provisioningUri(secret, email));
	}

	/**
	 * Turns two-factor sign-in on once the user has shown a code from the new secret.
	 * @return the recovery codes, to be shown this once; empty when the code is wrong
	 */
	@Transactional
	public List<String> enable(String email, String secret, String code) {
		User user = this.users.findByEmail(email).orElseThrow();
		OptionalLong step = Totp.matchingStep(Base32.decode(secret), normalize(code), this.clock.instant());
		if (step.isEmpty()) {
			return List.of();
		}
		user.enableTwoFactor(this.cipher.encrypt(secret), this.clock.instant());
		this.users.flush();
		this.users.forgetTotpSteps(user.getId());
		this.users.acceptTotpStep(user.getId(), step.getAsLong());
		this.auditLog.record("TWO_FACTOR_ENABLED", item(user));
		return newRecoveryCodes(user);
	}

	/** Turns two-factor sign-in off for the signed-in user. */
	@Transactional
	public void disable(String email) {
		User user = this.users.findByEmail(email).orElseThrow();
		turnOff(user);
		this.auditLog.record("TWO_FACTOR_DISABLED", item(user));
	}

	/**
	 * Turns two-factor sign-in off for a user who lost their device and codes (an admin's
	 * action). Their sessions end too: one may be open on the lost device.
	 */
	@Transactional
	public void reset(long userId) {
		User user = this.users.findById(userId).orElseThrow(UserNotFoundException::new);
		turnOff(user);
		user.endSessions();
		this.auditLog.record("TWO_FACTOR_RESET", item(user));
	}

	/** Replaces the recovery codes. */
	@Transactional
	public List<String> regenerateRecoveryCodes(String email) {
		User user = this.users.findByEmail(email).orElseThrow();
		this.auditLog.record("RECOVERY_CODES_RENEWED", item(user));
		return newRecoveryCodes(user);
	}

	@Transactional(readOnly = true)
	public long remainingRecoveryCodes(long userId) {
		return this.recoveryCodes.countByUserIdAndUsedAtIsNull(userId);
	}

	/**
	 * Checks the code typed at sign-in: a TOTP code (each works once) or a recovery code
	 * (each works once).
	 */
	@Transactional
	public Verification verify(long userId, String typed) {
		User user = this.users.findById(userId).orElse(null);
		if (user == null || !user.isTwoFactorEnabled() || typed == null) {
			return Verification.WRONG;
		}
		String code = normalize(typed);
		if (code.length() == Totp.DIGITS && code.chars().allMatch(Character::isDigit)) {
			byte[] secret = Base32.decode(this.cipher.decrypt(user.getTotpSecret()));
			OptionalLong step = Totp.matchingStep(secret, code, this.clock.instant());
			return (step.isPresent() && this.users.acceptTotpStep(userId, step.getAsLong()) == 1)
					? Verification.AUTHENTICATOR : Verification.WRONG;
		}
		String hash = Tokens.sha256(code.toLowerCase(Locale.ROOT));
		for (RecoveryCode recoveryCode : this.recoveryCodes.lockUnused(userId)) {
			if (recoveryCode.getCodeHash().equals(hash)) {
				recoveryCode.use(this.clock.instant());
				this.auditLog.recordAs(user.getEmail(), "RECOVERY_CODE_USED", item(user),
						this.recoveryCodes.countByUserIdAndUsedAtIsNull(userId) - 1 + " left");
				return Verification.RECOVERY_CODE;
			}
		}
		return Verification.WRONG;
	}

	private void turnOff(User user) {
		user.disableTwoFactor();
		this.recoveryCodes.deleteByUser(user.getId());
		this.users.forgetTotpSteps(user.getId());
	}

	private List<String> newRecoveryCodes(User user) {
		this.recoveryCodes.deleteByUser(user.getId());
		List<String> codes = new ArrayList<>();
		for (int i = 0; i < RECOVERY_CODES; i++) {
			String code = Base32.encode(Tokens.randomBytes(RECOVERY_CODE_BYTES)).toLowerCase(Locale.ROOT);
			codes.add(code.substring(0, 8) + "-" + code.substring(8));
			this.recoveryCodes.save(new RecoveryCode(user.getId(), Tokens.sha256(code)));
		}
		return codes;
	}

	/** Codes are typed with spaces or dashes, in any case. */
	private static String normalize(String code) {
		return (code != null) ? code.replaceAll("[\\s-]", "") : "";
	}

	static AuditItem item(User user) {
		return new AuditItem(AUDIT_ITEM_TYPE, user.getId(), user.getEmail());
	}

	/** What a code typed at sign-in turned out to be. */
	public enum Verification {

		AUTHENTICATOR, RECOVERY_CODE, WRONG;

		public boolean accepted() {
			return this != WRONG;
		}

	}

}
