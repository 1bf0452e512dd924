package org.treatyportal.users;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.treatyportal.audit.AuditLog;
import org.treatyportal.config.PortalProperties;

/**
 * One-time links to set a password: an admin makes one for a new account or for someone
 * who forgot theirs and hands it over; it works once, until it expires, and a newer link
 * replaces it.
 */
@Service
class PasswordResetLinks {

	private static final int TOKEN_BYTES = 32;

	private final PasswordResetLinkRepository links;

	private final PasswordEncoder passwordEncoder;

	private final SignInThrottle throttle;

	private final AuditLog auditLog;

	private final PortalProperties.Security settings;

	private final Clock clock;

	PasswordResetLinks(PasswordResetLinkRepository links, PasswordEncoder passwordEncoder, SignInThrottle throttle,
			AuditLog auditLog, PortalProperties properties, Clock clock) {
		this.links = links;
		this.passwordEncoder = passwordEncoder;
		this.throttle = throttle;
		this.auditLog = auditLog;
		this.settings = properties.security();
		this.clock = clock;
	}

	/**
	 * Makes a new link for an account, retiring older ones.
	 * @param createdBy the admin who makes it
	 * @return the token, to be put in the link and shown this once
	 */
	@Transactional
	Issued create(User user, String createdBy) {
		Instant now = this.clock.instant();
		this.links.retireUnused(user, now);
		String token = Tokens.urlToken(TOKEN_BYTES);
		Instant expiresAt = now.plus(this.settings.passwordLinkValidity());
		this.links.save(new PasswordResetLink(user, Tokens.sha256(token), now, expiresAt, createdBy));
		this.auditLog.record("PASSWORD_LINK_CREATED", TwoFactorService.item(user), "valid until " + expiresAt);
		return new Issued(token, expiresAt);
	}

	/** The account a link is for, while the link works. */
	@Transactional(readOnly = true)
	Optional<User> userFor(String token) {
		return this.links.findByTokenHash(Tokens.sha256(token))
			.filter((link) -> link.isUsable(this.clock.instant()) && link.getUser().isEnabled())
			.map(PasswordResetLink::getUser);
	}

	/**
	 * Sets the password through a link. Every session of the account ends and a lock on
	 * its sign-in is lifted.
	 * @return whether the link still worked
	 */
	@Transactional
	boolean use(String token, String newPassword) {
		Instant now = this.clock.instant();
		Optional<PasswordResetLink> found = this.links.lockByTokenHash(Tokens.sha256(token))
			.filter((link) -> link.isUsable(now) && link.getUser().isEnabled());
		if (found.isEmpty()) {
			return false;
		}
		PasswordResetLink link = found.get();
		link.use(now);
		User user = link.getUser();
		user.changePassword(this.passwordEncoder.encode(newPassword), now);
		this.throttle.forgetAccount(user.getEmail());
		this.auditLog.recordAs(user.getEmail(), "PASSWORD_SET_BY_LINK", TwoFactorService.item(user), null);
		return true;
	}

	/**
	 * A link just made.
	 *
	 * @param token the secret part of the address
	 * @param expiresAt when it stops working
	 */
	record Issued(String token, Instant expiresAt) {
	}

}
