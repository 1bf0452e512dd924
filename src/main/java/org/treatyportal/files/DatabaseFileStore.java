package org.treatyportal.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps file contents in PostgreSQL ({@code stored_file.content}, a {@code bytea}).
 * Contents go in as a stream and come out in slices of {@value #SLICE_SIZE} bytes, each
 * its own query, so that no file is ever held whole in memory and a slow download holds
 * no database connection between slices.
 */
@Component
public class DatabaseFileStore implements FileStore {

	/** Bytes fetched by one query while reading. */
	static final int SLICE_SIZE = 1024 * 1024;

	private static final String INSERT = "insert into stored_file "
			+ "(content, size, sha256, content_type, original_name, created_at, created_by) "
			+ "values (?, ?, ?, ?, ?, ?, ?)";

	private static final String SELECT_INFO = "select id, size, sha256, content_type, original_name, created_at, "
			+ "created_by from stored_file where id = ?";

	private static final String SELECT_SLICE = "select substring(content from ? for ?) from stored_file where id = ?";

	private final JdbcTemplate jdbc;

	private final EntityManager entityManager;

	private final Clock clock;

	DatabaseFileStore(JdbcTemplate jdbc, EntityManager entityManager, Clock clock) {
		this.jdbc = jdbc;
		this.entityManager = entityManager;
		this.clock = clock;
	}

	@Override
	@Transactional
	public StoredFile store(FileUpload upload) {
		String sha256 = sha256(upload);
		// PostgreSQL keeps microseconds: keep what will be read back.
		Instant createdAt = this.clock.instant().truncatedTo(ChronoUnit.MICROS);
		KeyHolder keys = new GeneratedKeyHolder();
		try (InputStream content = upload.openContent()) {
			this.jdbc.update((connection) -> {
				PreparedStatement insert = connection.prepareStatement(INSERT, new String[] { "id" });
				// With its length given, the driver streams the bytes to the server.
				insert.setBinaryStream(1, content, upload.size());
				insert.setLong(2, upload.size());
				insert.setString(3, sha256);
				insert.setString(4, upload.type().mediaType());
				insert.setString(5, upload.originalName());
				insert.setObject(6, OffsetDateTime.ofInstant(createdAt, ZoneOffset.UTC));
				insert.setObject(7, upload.createdBy());
				return insert;
			}, keys);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return this.entityManager.find(StoredFile.class, keys.getKeyAs(Long.class));
	}

	@Override
	public Optional<StoredFileInfo> info(long id) {
		return this.jdbc.query(SELECT_INFO, DatabaseFileStore::info, id).stream().findFirst();
	}

	@Override
	public InputStream open(long id, long offset, long length) {
		if (offset < 0 || length < 0) {
			throw new IllegalArgumentException("Offset and length must not be negative");
		}
		return new SlicedContentStream(this::slice, id, offset, length);
	}

	@Override
	@Transactional
	public boolean delete(long id) {
		return this.jdbc.update("delete from stored_file where id = ?", id) > 0;
	}

	/**
	 * Bytes from {@code offset} (0-based), at most {@code length}; {@code null} if there
	 * is no such file.
	 */
	private byte[] slice(long id, long offset, int length) {
		if (offset >= Integer.MAX_VALUE) {
			// bytea holds at most 1 GB: nothing is stored this far
			return info(id).isPresent() ? new byte[0] : null;
		}
		return this.jdbc.query(SELECT_SLICE, (row, number) -> row.getBytes(1), (int) offset + 1, length, id)
			.stream()
			.findFirst()
			.orElse(null);
	}

	private static StoredFileInfo info(ResultSet row, int number) throws SQLException {
		return new StoredFileInfo(row.getLong("id"), FileType.ofMediaType(row.getString("content_type")),
				row.getLong("size"), row.getString("sha256"), row.getString("original_name"),
				row.getObject("created_at", OffsetDateTime.class).toInstant(), row.getObject("created_by", Long.class));
	}

	/**
	 * Reads the content once to hash it, checking on the way that its length is the one
	 * declared.
	 */
	private static String sha256(FileUpload upload) {
		MessageDigest digest;
		try {
			digest = MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
		long read = 0;
		byte[] buffer = new byte[64 * 1024];
		try (InputStream content = upload.openContent()) {
			for (int count = content.read(buffer); count != -1; count = content.read(buffer)) {
				digest.update(buffer, 0, count);
				read += count;
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		if (read != upload.size()) {
			throw new IllegalArgumentException(
					"The upload was declared as " + upload.size() + " bytes but holds " + read);
		}
		return HexFormat.of().formatHex(digest.digest());
	}

}
