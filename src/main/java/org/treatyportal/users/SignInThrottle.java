package org.treatyportal.users;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import org.treatyportal.audit.AuditItem;
import org.treatyportal.audit.AuditLog;
import org.treatyportal.config.PortalProperties;

/**
 * Slows down password guessing without handing anyone a way to lock an account's owner
 * out. Failures are counted for three things, whether or not the typed e-mail address
 * belongs to an account (so that the answers never tell):
 * <ul>
 * <li>the pair of e-mail address and client address, and the client address across every
 * account: the first {@code max-failures - 1} failures in a row cost nothing, each
 * further one imposes a wait that doubles, and {@code lock-after} failures lock for
 * {@code lock-duration};</li>
 * <li>the e-mail address across every client address the account has not signed in from
 * (a distributed guess): from {@code account-max-failures} on, each failure imposes a
 * doubling wait of at most {@code lock-duration}. Addresses from which the account
 * completed a sign-in (its known addresses) skip this count and its wait.</li>
 * </ul>
 * An attempt is counted as a failure before the password is looked at, in one transaction
 * that locks the counts it reads, so that parallel guesses queue on those rows and none
 * passes a wait that an earlier one started. A right password takes its count back. An
 * attempt during a wait is refused without being counted. The counts live in PostgreSQL,
 * so every node sees them; admins can lift them.
 * <p>
 * The three counts, their waits and their locking are one security mechanism: they stay
 * in one file, longer than most, so that a reviewer reads the whole of it in one place.
 */
@Service
public class SignInThrottle {

	static final String LOCKED = "SIGN_IN_LOCKED";

	static final String SLOWED = "SIGN_IN_SLOWED";

	static final String UNLOCKED = "SIGN_IN_UNLOCKED";

	private static final int MAX_SUBJECT_LENGTH = 254;

	private static final int MAX_DOUBLINGS = 20;

	private static final String NONE = "";

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
	 * Counts an attempt with a password (or code) as a failure before it is checked,
	 * unless a wait is in force for this e-mail address and client address. Runs in a
	 * transaction of its own, so that the count stands whatever the caller does next.
	 * @param email the typed e-mail address
	 * @param address the client address, or {@code null} when unknown
	 * @return the attempt, refused or counted
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public Attempt begin(String email, String address) {
		Instant now = now();
		String account = accountSubject(email);
		String client = addressSubject(address);
		List<Key> keys = new ArrayList<>();
		if (!isKnownAddress(account, client, now)) {
			keys.add(new Key(Kind.ACCOUNT, account, NONE));
		}
		if (address != null) {
			keys.add(new Key(Kind.ADDRESS, NONE, client));
			keys.add(new Key(Kind.PAIR, account, client));
		}
		// Locked in the order of their kind, the same in every transaction, so that two
		// attempts sharing counts queue rather than deadlock.
		List<Count> counts = keys.stream().map((key) -> lock(key, now)).toList();
		Optional<Instant> blocked = counts.stream()
			.map(Count::blockedUntil)
			.filter(now::isBefore)
			.max(Comparator.naturalOrder());
		if (blocked.isPresent()) {
			return new Attempt(account, client, blocked.get(), List.of());
		}
		return new Attempt(account, client, null, counts.stream().map((count) -> count(count, now)).toList());
	}

	/**
	 * The attempt was a wrong password or code (or a disabled account): its count stands;
	 * the locks it started go to the audit log.
	 */
	@Transactional
	public void failed(Attempt attempt) {
		for (Counted counted : attempt.counted) {
			Key key = counted.before().key();
			if (key.kind() == Kind.ACCOUNT && counted.failures() == this.settings.accountMaxFailures()) {
				this.auditLog.recordAs(key.account(), SLOWED, item(key), counted.failures()
						+ " failures from addresses it never signed in from; those wait until " + counted.until());
			}
			else if (key.kind() != Kind.ACCOUNT && counted.locked()) {
				this.auditLog.recordAs((key.kind() == Kind.PAIR) ? key.account() : null, LOCKED, item(key),
						((key.kind() == Kind.PAIR) ? "from " + key.address() + ": " : "") + counted.failures()
								+ " failures in a row; locked until " + counted.until());
			}
		}
	}

	/**
	 * The password was right, though sign-in is not complete yet: its count is taken
	 * back.
	 */
	@Transactional
	public void passwordAccepted(Attempt attempt) {
		attempt.counted.forEach(this::takeBack);
	}

	/**
	 * The attempt completed a sign-in: its count is taken back, the failures of this
	 * e-mail address from this client address and those of the client address are
	 * forgotten, and the client address becomes one of the account's known addresses.
	 */
	@Transactional
	public void signedIn(Attempt attempt, long userId) {
		passwordAccepted(attempt);
		Instant now = now();
		// One kind after the other, in the order in which attempts lock them, so that a
		// parallel attempt waits rather than deadlocks; old counts that an attempt holds
		// are
		// left for the next sign-in.
		this.jdbc.sql("delete from sign_in_throttle where kind = 'ADDRESS' and account = '' and address = :address")
			.param("address", attempt.address)
			.update();
		this.jdbc.sql("delete from sign_in_throttle where kind = 'PAIR' and account = :account and address = :address")
			.param("account", attempt.account)
			.param("address", attempt.address)
			.update();
		this.jdbc.sql("""
				delete from sign_in_throttle where (kind, account, address) in (
				    select kind, account, address from sign_in_throttle
				    where last_failure_at < :forgetBefore and blocked_until < :now
				    for update skip locked)""")
			.param("forgetBefore", Timestamp.from(now.minus(this.settings.forgetFailuresAfter())))
			.param("now", Timestamp.from(now))
			.update();
		this.jdbc.sql("delete from sign_in_known_address where user_id = :user and last_sign_in_at < :since")
			.param("user", userId)
			.param("since", Timestamp.from(now.minus(this.settings.knownAddressLifetime())))
			.update();
		if (!attempt.address.isEmpty()) {
			this.jdbc.sql("""
					insert into sign_in_known_address (user_id, address, last_sign_in_at) values (:user, :address, :now)
					on conflict (user_id, address) do update set last_sign_in_at = excluded.last_sign_in_at""")
				.param("user", userId)
				.param("address", attempt.address)
				.param("now", Timestamp.from(now))
				.update();
		}
	}

	/**
	 * Forgets every failure counted against an account, from anywhere (its password was
	 * just set through a link, or an admin lifts its waits).
	 * @return whether there was anything to forget
	 */
	@Transactional
	public boolean forgetAccount(String email) {
		String account = accountSubject(email);
		// The account-wide count first, as attempts lock it before the pairs.
		int deleted = this.jdbc.sql("delete from sign_in_throttle where kind = 'ACCOUNT' and account = :account")
			.param("account", account)
			.update();
		deleted += this.jdbc.sql("delete from sign_in_throttle where kind = 'PAIR' and account = :account")
			.param("account", account)
			.update();
		return deleted > 0;
	}

	/** The waits and locks in force now, latest ending first. */
	@Transactional(readOnly = true)
	public List<Lock> locks() {
		return this.jdbc
			.sql("select kind, account, address, failures, blocked_until, locked from sign_in_throttle "
					+ "where blocked_until > :now order by blocked_until desc, account, address")
			.param("now", Timestamp.from(now()))
			.query((row, number) -> new Lock(Kind.valueOf(row.getString("kind")), row.getString("account"),
					row.getString("address"), row.getInt("failures"), row.getTimestamp("blocked_until").toInstant(),
					row.getBoolean("locked")))
			.list();
	}

	/** The waits and locks on an account's sign-in in force now, from anywhere. */
	@Transactional(readOnly = true)
	public List<Lock> accountLocks(String email) {
		String account = accountSubject(email);
		return locks().stream()
			.filter((lock) -> lock.kind() != Kind.ADDRESS && lock.account().equals(account))
			.toList();
	}

	/** The e-mail addresses (lower case) whose sign-in is held up somewhere now. */
	@Transactional(readOnly = true)
	public Set<String> lockedAccounts() {
		return locks().stream()
			.filter((lock) -> lock.kind() != Kind.ADDRESS)
			.map(Lock::account)
			.collect(Collectors.toSet());
	}

	/** Lifts every wait and lock on an account's sign-in (an admin's action). */
	@Transactional
	public void liftAccount(String email) {
		if (forgetAccount(email)) {
			this.auditLog.record(UNLOCKED, item(new Key(Kind.ACCOUNT, accountSubject(email), NONE)), "from anywhere");
		}
	}

	/**
	 * Lifts one wait or lock and forgets the failures behind it (an admin's action).
	 * @param kind what was counted
	 * @param email the e-mail address, ignored for an {@link Kind#ADDRESS} count
	 * @param address the client address, ignored for an {@link Kind#ACCOUNT} count
	 * @return whether there was anything to lift
	 */
	@Transactional
	public boolean lift(Kind kind, String email, String address) {
		Key key = new Key(kind, (kind == Kind.ADDRESS) ? NONE : accountSubject(email),
				(kind == Kind.ACCOUNT) ? NONE : addressSubject(address));
		int deleted = this.jdbc
			.sql("delete from sign_in_throttle where kind = :kind and account = :account and address = :address")
			.param("kind", kind.name())
			.param("account", key.account())
			.param("address", key.address())
			.update();
		if (deleted > 0) {
			this.auditLog.record(UNLOCKED, item(key), (kind == Kind.PAIR) ? "from " + key.address() : null);
		}
		return deleted > 0;
	}

	/**
	 * Now, to the microsecond that PostgreSQL keeps, so that a time read back equals the
	 * one written (it would round finer ones, maybe up into a wait).
	 */
	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

	private boolean isKnownAddress(String account, String address, Instant now) {
		return !address.isEmpty() && this.jdbc
			.sql("""
					select exists (select 1 from sign_in_known_address k join app_user u on u.id = k.user_id
					               where lower(u.email) = :account and k.address = :address and k.last_sign_in_at >= :since)""")
			.param("account", account)
			.param("address", address)
			.param("since", Timestamp.from(now.minus(this.settings.knownAddressLifetime())))
			.query(Boolean.class)
			.single();
	}

	/**
	 * Reads a count, creating it when new, and holds its row until the transaction ends.
	 */
	private Count lock(Key key, Instant now) {
		return this.jdbc.sql("""
				insert into sign_in_throttle (kind, account, address, failures, last_failure_at, blocked_until)
				values (:kind, :account, :address, 0, :now, :now)
				on conflict (kind, account, address) do update set failures = sign_in_throttle.failures
				returning failures, last_failure_at, blocked_until, locked""")
			.param("kind", key.kind().name())
			.param("account", key.account())
			.param("address", key.address())
			.param("now", Timestamp.from(now))
			.query((row, number) -> new Count(key, row.getInt("failures"),
					row.getTimestamp("last_failure_at").toInstant(), row.getTimestamp("blocked_until").toInstant(),
					row.getBoolean("locked")))
			.single();
	}

	private Counted count(Count before, Instant now) {
		boolean forgotten = before.lastFailureAt().isBefore(now.minus(this.settings.forgetFailuresAfter()));
		int failures = (forgotten ? 0 : before.failures()) + 1;
		boolean locked = before.key().kind() != Kind.ACCOUNT && failures >= this.settings.lockAfter();
		Instant until;
		if (locked) {
			until = now.plus(this.settings.lockDuration());
		}
		else if (before.key().kind() == Kind.ACCOUNT) {
			Duration wait = delay(failures, this.settings.accountMaxFailures());
			until = now.plus((wait.compareTo(this.settings.lockDuration()) > 0) ? this.settings.lockDuration() : wait);
		}
		else {
			until = now.plus(delay(failures, this.settings.maxFailures()));
		}
		update(before.key(), failures, now, until, locked);
		return new Counted(before, failures, now, until, locked);
	}

	/**
	 * Puts a count back as it was before the attempt, unless another attempt counted
	 * since (then the other one's wait stands).
	 */
	private void takeBack(Counted counted) {
		Count before = counted.before();
		Key key = before.key();
		this.jdbc.sql("""
				update sign_in_throttle set failures = :failures, last_failure_at = :lastFailureAt,
				    blocked_until = :blockedUntil, locked = :locked
				where kind = :kind and account = :account and address = :address
				    and failures = :counted and last_failure_at = :countedAt""")
			.param("failures", before.failures())
			.param("lastFailureAt", Timestamp.from(before.lastFailureAt()))
			.param("blockedUntil", Timestamp.from(before.blockedUntil()))
			.param("locked", before.locked())
			.param("kind", key.kind().name())
			.param("account", key.account())
			.param("address", key.address())
			.param("counted", counted.failures())
			.param("countedAt", Timestamp.from(counted.at()))
			.update();
	}

	private void update(Key key, int failures, Instant now, Instant until, boolean locked) {
		this.jdbc.sql("""
				update sign_in_throttle set failures = :failures, last_failure_at = :now, blocked_until = :until,
				    locked = :locked
				where kind = :kind and account = :account and address = :address""")
			.param("failures", failures)
			.param("now", Timestamp.from(now))
			.param("until", Timestamp.from(until))
			.param("locked", locked)
			.param("kind", key.kind().name())
			.param("account", key.account())
			.param("address", key.address())
			.update();
	}

	private Duration delay(int failures, int firstWaitAt) {
		int beyond = failures - firstWaitAt;
		return (beyond < 0) ? Duration.ZERO
				: this.settings.firstDelay().multipliedBy(1L << Math.min(beyond, MAX_DOUBLINGS));
	}

	private static AuditItem item(Key key) {
		return (key.kind() == Kind.ADDRESS) ? new AuditItem("sign-in address", null, key.address())
				: new AuditItem("sign-in account", null, key.account());
	}

	private static String accountSubject(String email) {
		String subject = (email != null) ? email.strip().toLowerCase(Locale.ROOT) : NONE;
		return (subject.length() > MAX_SUBJECT_LENGTH) ? subject.substring(0, MAX_SUBJECT_LENGTH) : subject;
	}

	private static String addressSubject(String address) {
		String subject = (address != null) ? address.strip() : NONE;
		return (subject.length() > MAX_SUBJECT_LENGTH) ? subject.substring(0, MAX_SUBJECT_LENGTH) : subject;
	}

	/** What a count is kept for. */
	public enum Kind {

		/**
		 * A typed e-mail address, from client addresses its account never signed in from.
		 */
		ACCOUNT,

		/** A client address, whatever e-mail address is typed. */
		ADDRESS,

		/** A typed e-mail address from one client address. */
		PAIR

	}

	/**
	 * A wait or lock in force.
	 *
	 * @param kind what was counted
	 * @param account the e-mail address (lower case), empty for an {@link Kind#ADDRESS}
	 * count
	 * @param address the client address, empty for an {@link Kind#ACCOUNT} count
	 * @param failures failures counted so far
	 * @param until when it ends unless lifted
	 * @param locked whether it is a lock rather than a wait
	 */
	public record Lock(Kind kind, String account, String address, int failures, Instant until, boolean locked) {
	}

	/** One attempt with a password or code: refused during a wait, or counted. */
	public static final class Attempt {

		private final String account;

		private final String address;

		private final Instant refusedUntil;

		private final List<Counted> counted;

		private Attempt(String account, String address, Instant refusedUntil, List<Counted> counted) {
			this.account = account;
			this.address = address;
			this.refusedUntil = refusedUntil;
			this.counted = counted;
		}

		/** Whether a wait was in force, so that the password must not be looked at. */
		public boolean refused() {
			return this.refusedUntil != null;
		}

		/** When the wait that refused it ends. */
		public Instant refusedUntil() {
			return this.refusedUntil;
		}

	}

	private record Key(Kind kind, String account, String address) {
	}

	private record Count(Key key, int failures, Instant lastFailureAt, Instant blockedUntil, boolean locked) {
	}

	private record Counted(Count before, int failures, Instant at, Instant until, boolean locked) {
	}

}
