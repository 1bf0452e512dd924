package org.treatyportal.users;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.treatyportal.audit.AuditItem;
import org.treatyportal.audit.AuditLog;
import org.treatyportal.config.PortalProperties;

/**
 * Slows down password guessing. Failed sign-ins are counted per typed e-mail address
 * (whether or not such an account exists, so that the answer never tells) and per client
 * address. The first {@code max-failures - 1} failures in a row cost nothing; from then
 * on each failure imposes a wait that doubles, and {@code lock-after} failures lock
 * sign-in for {@code lock-duration}. Attempts during a wait or a lock are refused without
 * looking at the password. An admin can lift both. The counts live in PostgreSQL, so
 * every node sees them, and a complete sign-in clears them.
 */
@Service
public class SignInThrottle {

	static final String LOCKED = "SIGN_IN_LOCKED";

	static final String UNLOCKED = "SIGN_IN_UNLOCKED";

	private static final int MAX_SUBJECT_LENGTH = 254;

	private static final int MAX_DOUBLINGS = 20;

	private final JdbcClient jdbc;

	private final PortalProperties.Security settings;

	private final AuditLog auditLog;

	private final Clock clock;

	SignInThrottle(JdbcClient jdbc, PortalProperties properties, AuditLog auditLog, Clock clock) {
		this.jdbc = jdbc;
		this.settings = properties.security();
		this.auditLog = auditLog;
		this.clock = clock;
	}

	/**
	 * When the next attempt for this e-mail address or from this client address may be
	 * made, if not now.
	 */
	@Transactional(readOnly = true)
	public Optional<Instant> blockedUntil(String email, String address) {
		return this.jdbc
			.sql("select blocked_until from sign_in_throttle where blocked_until > :now "
					+ "and ((kind = 'ACCOUNT' and subject = :account) or (kind = 'ADDRESS' and subject = :address))")
			.param("now", Timestamp.from(this.clock.instant()))
			.param("account", accountSubject(email))
			.param("address", addressSubject(address))
			.query(Timestamp.class)
			.list()
			.stream()
			.map(Timestamp::toInstant)
			.max(Comparator.naturalOrder());
	}

	/** Counts a failed attempt against the e-mail address and the client address. */
	@Transactional
	public void recordFailure(String email, String address) {
		Instant now = this.clock.instant();
		count(Kind.ACCOUNT, accountSubject(email), now);
		if (address != null) {
			count(Kind.ADDRESS, addressSubject(address), now);
		}
	}

	/** Forgets the failures of an account and an address after a complete sign-in. */
	@Transactional
	public void recordSuccess(String email, String address) {
		Instant now = this.clock.instant();
		this.jdbc
			.sql("delete from sign_in_throttle where (kind = 'ACCOUNT' and subject = :account) "
					+ "or (kind = 'ADDRESS' and subject = :address) "
					+ "or (last_failure_at < :forgetBefore and blocked_until < :now)")
			.param("account", accountSubject(email))
			.param("address", addressSubject(address))
			.param("forgetBefore", Timestamp.from(now.minus(this.settings.forgetFailuresAfter())))
			.param("now", Timestamp.from(now))
			.update();
	}

	/** The waits and locks in force now, latest ending first. */
	@Transactional(readOnly = true)
	public List<Lock> locks() {
		return this.jdbc
			.sql("select kind, subject, failures, blocked_until from sign_in_throttle "
					+ "where blocked_until > :now order by blocked_until desc, subject")
			.param("now", Timestamp.from(this.clock.instant()))
			.query((row, number) -> new Lock(Kind.valueOf(row.getString("kind")), row.getString("subject"),
					row.getInt("failures"), row.getTimestamp("blocked_until").toInstant()))
			.list();
	}

	/** The wait or lock on an account's sign-in, if there is one now. */
	@Transactional(readOnly = true)
	public Optional<Lock> accountLock(String email) {
		String subject = accountSubject(email);
		return locks().stream().filter((lock) -> lock.kind() == Kind.ACCOUNT && lock.subject().equals(subject)).findFirst();
	}

	/** The e-mail addresses (lower case) whose sign-in is blocked now. */
	@Transactional(readOnly = true)
	public Set<String> lockedAccounts() {
		return locks().stream()
			.filter((lock) -> lock.kind() == Kind.ACCOUNT)
			.map(Lock::subject)
			.collect(Collectors.toSet());
	}

	/**
	 * Lifts a lock and forgets the failures behind it (an admin's action).
	 * @return whether there was anything to lift
	 */
	@Transactional
	public boolean lift(Kind kind, String subject) {
		String key = (kind == Kind.ACCOUNT) ? accountSubject(subject) : addressSubject(subject);
		int deleted = this.jdbc.sql("delete from sign_in_throttle where kind = :kind and subject = :subject")
			.param("kind", kind.name())
			.param("subject", key)
			.update();
		if (deleted > 0) {
			this.auditLog.record(UNLOCKED, item(kind, key), null);
		}
		return deleted > 0;
	}

	private void count(Kind kind, String subject, Instant now) {
		int failures = this.jdbc.sql("""
				insert into sign_in_throttle (kind, subject, failures, last_failure_at, blocked_until)
				values (:kind, :subject, 1, :now, :now)
				on conflict (kind, subject) do update set
				    failures = case when sign_in_throttle.last_failure_at < :forgetBefore then 1
				                    else sign_in_throttle.failures + 1 end,
				    last_failure_at = excluded.last_failure_at
				returning failures""")
			.param("kind", kind.name())
			.param("subject", subject)
			.param("now", Timestamp.from(now))
			.param("forgetBefore", Timestamp.from(now.minus(this.settings.forgetFailuresAfter())))
			.query(Integer.class)
			.single();
		boolean locked = failures >= this.settings.lockAfter();
		Instant until = locked ? now.plus(this.settings.lockDuration()) : now.plus(delay(failures));
		this.jdbc.sql("update sign_in_throttle set blocked_until = :until, locked = :locked "
				+ "where kind = :kind and subject = :subject")
			.param("until", Timestamp.from(until))
			.param("locked", locked)
			.param("kind", kind.name())
			.param("subject", subject)
			.update();
		if (locked) {
			this.auditLog.recordAs((kind == Kind.ACCOUNT) ? subject : null, LOCKED, item(kind, subject),
					failures + " failures in a row; locked until " + until);
		}
	}

	private Duration delay(int failures) {
		int beyond = failures - this.settings.maxFailures();
		return (beyond < 0) ? Duration.ZERO
				: this.settings.firstDelay().multipliedBy(1L << Math.min(beyond, MAX_DOUBLINGS));
	}

	private static AuditItem item(Kind kind, String subject) {
		return new AuditItem((kind == Kind.ACCOUNT) ? "sign-in account" : "sign-in address", null, subject);
	}

	private static String accountSubject(String email) {
		String subject = (email != null) ? email.strip().toLowerCase(Locale.ROOT) : "";
		return (subject.length() > MAX_SUBJECT_LENGTH) ? subject.substring(0, MAX_SUBJECT_LENGTH) : subject;
	}

	private static String addressSubject(String address) {
		String subject = (address != null) ? address.strip() : "";
		return (subject.length() > MAX_SUBJECT_LENGTH) ? subject.substring(0, MAX_SUBJECT_LENGTH) : subject;
	}

	/** What a count is kept for. */
	public enum Kind {

		/** A typed e-mail address, whether or not an account has it. */
		ACCOUNT,

		/** A client address. */
		ADDRESS

	}

	/**
	 * A wait or lock in force.
	 *
	 * @param kind account or client address
	 * @param subject the e-mail address (lower case) or the client address
	 * @param failures failures counted so far
	 * @param until when it ends unless lifted
	 */
	public record Lock(Kind kind, String subject, int failures, Instant until) {
	}

}
