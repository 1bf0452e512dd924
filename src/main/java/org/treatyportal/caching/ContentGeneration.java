package org.treatyportal.caching;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import org.treatyportal.config.PortalProperties;

/**
 * What version of the public content is current: the {@code content_generation} number,
 * which triggers on every table a public page reads move at each commit (migration V70),
 * and the next instant at which pages change with no write (a scheduled item, an event's
 * end, midnight in the site's zone for "today"). Reading it costs one query of one row,
 * shared by every request that arrives while it runs (see {@link #readGeneration()}), and
 * takes a lease: until the lease ends, requests use what was read without asking again,
 * and a commit that moves the generation waits for the end of every node's lease
 * (migration V114, ADR 25).
 */
@Component
public class ContentGeneration implements DisposableBean {

	/** The pause between two tries of a database that is down. */
	private static final long PROBE_PAUSE_MILLIS = 100;

	private static final Object[] NO_ARGUMENTS = {};

	private static final String READ = "select value from content_generation";

	private static final String LEASE = "select portal_lease_content_generation(?, ?)";

	private static final Log logger = LogFactory.getLog(ContentGeneration.class);

	private final JdbcTemplate jdbc;

	private final List<ScheduledChanges> schedules;

	/** The connection pool, when it is Hikari's. */
	private final HikariDataSource pool;

	private final ZoneId zone;

	/** This node, as its lease names it. */
	private final UUID node = UUID.randomUUID();

	/** How long a lease lasts, 0 when the generation is read at every request. */
	private final long leaseNanos;

	/** What the last lease read, and when (System.nanoTime) it ends. */
	private volatile Lease lease = new Lease(0, System.nanoTime());

	/** Whether a request renews the lease before it ends. */
	private final AtomicBoolean renewing = new AtomicBoolean();

	private volatile Snapshot last;

	/**
	 * When (System.nanoTime, never 0) the database was last seen down, 0 while it is up.
	 */
	private volatile long downSince;

	/** The thread that tries the database while it is down, or null. */
	private Thread probe;

	private boolean closed;

	private final ReentrantLock checking = new ReentrantLock();

	private final Condition checked = this.checking.newCondition();

	/** Checks of the generation started and finished, numbered from 1; under the lock. */
	private long checksStarted;

	private long checksFinished;

	private boolean checkRunning;

	/** What the last finished check found; under the lock. */
	private long checkedValue;

	private RuntimeException checkFailure;

	ContentGeneration(JdbcTemplate jdbc, DataSource dataSource, List<ScheduledChanges> schedules,
			PortalProperties properties, CacheProperties cache) {
		this.jdbc = jdbc;
		this.leaseNanos = cache.generationLease().toNanos();
		this.pool = (dataSource instanceof HikariDataSource hikari) ? hikari : null;
		this.schedules = List.copyOf(schedules);
		this.zone = properties.timeZone();
	}

	/**
	 * The content version current at {@code now}.
	 * @param now the current instant, from the application's {@link Clock}
	 * @return the generation and the instant until which its pages stay as they are
	 * @throws org.springframework.dao.DataAccessException when the database cannot be
	 * reached
	 */
	public Snapshot current(Instant now) {
		long generation = readGeneration();
		Snapshot last = this.last;
		if (last != null && last.generation() == generation && !now.isBefore(last.since())
				&& now.isBefore(last.validUntil())) {
			return last;
		}
		Snapshot snapshot = new Snapshot(generation, now, nextChange(now));
		this.last = snapshot;
		return snapshot;
	}

	/**
	 * Whether the database failed lately and has not been found back since. While it
	 * counts as down, requests are answered at once (a kept page as it was, anything else
	 * 503) and never wait for it; a thread of its own tries it again and again, so the
	 * site finds it back as soon as it answers, whether requests arrive or not.
	 * @return whether the database counts as down
	 */
	public boolean isDown() {
		return this.downSince != 0;
	}

	/**
	 * Marks the database as down, seen so by a page that needed it. When an outage
	 * starts, the pool's connections are let go (in use ones when given back): after a
	 * restart of PostgreSQL they would each fail one more request.
	 */
	public void failed() {
		boolean wasUp = this.downSince == 0;
		long now = System.nanoTime();
		this.downSince = (now != 0) ? now : 1;
		if (!wasUp) {
			return;
		}
		HikariPoolMXBean connections = (this.pool != null) ? this.pool.getHikariPoolMXBean() : null;
		if (connections != null) {
			connections.softEvictConnections();
		}
		startProbe();
	}

	/**
	 * Stops the probe and gives the lease back, so that commits do not wait for a node
	 * that is gone.
	 */
	@Override
	public synchronized void destroy() {
		this.closed = true;
		if (this.probe != null) {
			this.probe.interrupt();
		}
		if (this.leaseNanos > 0 && this.lease.end() - System.nanoTime() > 0) {
			this.lease = new Lease(0, System.nanoTime());
			try {
				this.jdbc.update("delete from content_lease where node = ?", this.node);
			}
			catch (DataAccessException ex) {
				logger.debug("The lease was not given back: it ends by itself", ex);
			}
		}
	}

	private synchronized void startProbe() {
		if (this.closed || this.probe != null) {
			return;
		}
		this.probe = new Thread(this::probeUntilBack, "database-probe");
		this.probe.setDaemon(true);
		this.probe.start();
	}

	/**
	 * Tries the database until it answers: each try waits for a connection at most the
	 * pool's connection timeout. The thread ends, and a new outage starts another, under
	 * the lock that {@link #startProbe()} takes, so that an outage never goes unwatched.
	 */
	private void probeUntilBack() {
		while (true) {
			synchronized (this) {
				if (this.downSince == 0 || this.closed) {
					this.probe = null;
					if (!this.closed) {
						logger.info("The database answers again");
					}
					return;
				}
			}
			try {
				query();
			}
			catch (RuntimeException ex) {
				pause();
			}
		}
	}

	private static void pause() {
		try {
			TimeUnit.MILLISECONDS.sleep(PROBE_PAUSE_MILLIS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/**
	 * The generation as the database has it now. While this node's lease lasts, that is
	 * what the lease read: a commit that moves it waits for the lease to end. The first
	 * request past half of the lease renews it while the others go on. Without a lease,
	 * requests that arrive while a check runs wait for the next check, which starts after
	 * they arrived, and all take its answer: every commit that ended before a request
	 * arrived is seen by it (exact on every node, with no message between nodes), and
	 * under load the database and the connection pool see one query per round trip
	 * instead of one per request. While the database counts as down, no request asks it.
	 */
	private long readGeneration() {
		if (this.downSince != 0) {
			throw new DatabaseFailures.DatabaseDownException();
		}
		Lease lease = this.lease;
		long left = lease.end() - System.nanoTime();
		if (this.leaseNanos == 0 || left <= 0) {
			return sharedCheck();
		}
		if (left < this.leaseNanos / 2 && this.renewing.compareAndSet(false, true)) {
			try {
				return sharedCheck();
			}
			catch (RuntimeException ex) {
				// No commit moves the generation before the lease ends.
				return lease.generation();
			}
			finally {
				this.renewing.set(false);
			}
		}
		return lease.generation();
	}

	private long sharedCheck() {
		this.checking.lock();
		try {
			long needed = this.checksStarted + 1;
			while (this.checksFinished < needed) {
				if (this.checkRunning) {
					this.checked.awaitUninterruptibly();
					continue;
				}
				if (this.downSince != 0) {
					// The check waited for found the database down: no second wait.
					throw (this.checkFailure != null) ? this.checkFailure
							: new DatabaseFailures.DatabaseDownException();
				}
				this.checkRunning = true;
				long mine = ++this.checksStarted;
				Long value = null;
				RuntimeException failure = null;
				this.checking.unlock();
				try {
					value = query();
				}
				catch (RuntimeException ex) {
					failure = ex;
				}
				finally {
					this.checking.lock();
					this.checkRunning = false;
					this.checksFinished = mine;
					this.checkedValue = (value != null) ? value : 0;
					this.checkFailure = (value != null) ? null
							: (failure != null) ? failure : new DatabaseFailures.DatabaseDownException();
					this.checked.signalAll();
				}
			}
			if (this.checkFailure != null) {
				throw this.checkFailure;
			}
			return this.checkedValue;
		}
		finally {
			this.checking.unlock();
		}
	}

	/** How many requests wait for a check to finish, for tests. */
	int waitingForCheck() {
		this.checking.lock();
		try {
			return this.checking.getWaitQueueLength(this.checked);
		}
		finally {
			this.checking.unlock();
		}
	}

	/**
	 * Reads the generation, and takes a lease on it unless leases are off or the caller
	 * is in a transaction: a read-only one refuses the lease, and one that rolls back
	 * would take it back while this node counts on it. Prepared statements: the driver
	 * keeps them prepared on each connection, and PostgreSQL plans them once instead of
	 * at every check.
	 */
	private long query() {
		try {
			boolean leased = this.leaseNanos > 0 && !TransactionSynchronizationManager.isActualTransactionActive();
			// A lease counts from before the query: in PostgreSQL it ends later.
			long sent = System.nanoTime();
			Long read = leased ? this.jdbc.queryForObject(LEASE, Long.class, this.node, leaseMillis())
					: this.jdbc.queryForObject(READ, Long.class, NO_ARGUMENTS);
			long value = (read != null) ? read : 0;
			if (leased) {
				this.lease = new Lease(value, sent + this.leaseNanos);
			}
			this.downSince = 0;
			return value;
		}
		catch (DataAccessException ex) {
			if (DatabaseFailures.isUnreachable(ex)) {
				failed();
			}
			throw ex;
		}
	}

	/** The lease in PostgreSQL, in whole milliseconds, never shorter than this node's. */
	private int leaseMillis() {
		return (int) ((this.leaseNanos + 999_999) / 1_000_000);
	}

	private Instant nextChange(Instant now) {
		Instant next = LocalDate.ofInstant(now, this.zone).plusDays(1).atStartOfDay(this.zone).toInstant();
		for (ScheduledChanges schedule : this.schedules) {
			Instant change = schedule.nextAfter(now);
			if (change != null && change.isAfter(now) && change.isBefore(next)) {
				next = change;
			}
		}
		return next;
	}

	/**
	 * A content generation and the time during which its pages stay unchanged.
	 *
	 * @param generation the {@code content_generation} number
	 * @param since the instant it was read at
	 * @param validUntil the next instant at which pages change by themselves
	 */
	public record Snapshot(long generation, Instant since, Instant validUntil) {
	}

	/**
	 * A generation read with a lease.
	 *
	 * @param generation what the lease read
	 * @param end when (System.nanoTime) the lease ends
	 */
	private record Lease(long generation, long end) {
	}

}
