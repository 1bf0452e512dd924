package org.treatyportal.files;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import org.treatyportal.support.MutableClock;
import org.treatyportal.support.PortalIntegrationTest;
import org.treatyportal.users.TestUsers;
import org.treatyportal.users.User;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * File contents in PostgreSQL: stored with their hash, read back whole or in part.
 */
@PortalIntegrationTest
class DatabaseFileStoreTests {

	private static final Instant NOW = Instant.parse("2031-04-05T06:07:08.123456Z");

	@Autowired
	private FileStore store;

	@Autowired
	private FileUploads uploads;

	@Autowired
	private TestUsers users;

	@Autowired
	private MutableClock clock;

	@Autowired
	private JdbcTemplate jdbc;

	@AfterEach
	void reset() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void storeThenReadBackSizeHashAndBytes() throws Exception {
		byte[] bytes = TestFiles.largePdf(3 * DatabaseFileStore.SLICE_SIZE + 12345);
		this.clock.setInstant(NOW);

		StoredFile file = this.store.store(upload("Annual report.pdf", bytes));

		assertThat(file.getId()).isPositive();
		assertThat(file.getSize()).isEqualTo(bytes.length);
		assertThat(file.getSha256()).isEqualTo(sha256(bytes));
		assertThat(file.getType()).isEqualTo(FileType.PDF);
		assertThat(file.getOriginalName()).isEqualTo("Annual report.pdf");
		assertThat(file.getCreatedAt()).isEqualTo(NOW);
		try (InputStream content = this.store.open(file.getId())) {
			assertThat(content.readAllBytes()).isEqualTo(bytes);
		}
	}

	@Test
	void infoGivesTheMetadataWithoutTheBytes() {
		byte[] bytes = TestFiles.png();
		this.clock.setInstant(NOW);
		StoredFile file = this.store.store(upload("logo.png", bytes));

		StoredFileInfo info = this.store.info(file.getId()).orElseThrow();

		assertThat(info).isEqualTo(
				new StoredFileInfo(file.getId(), FileType.PNG, bytes.length, sha256(bytes), "logo.png", NOW, null));
		assertThat(info).isEqualTo(file.info());
		assertThat(this.store.info(Long.MAX_VALUE)).isEmpty();
	}

	@Test
	void rangeReadReturnsExactlyTheSliceAskedFor() throws Exception {
		byte[] bytes = TestFiles.largePdf(2 * DatabaseFileStore.SLICE_SIZE + 100);
		long id = this.store.store(upload("big.pdf", bytes)).getId();
		int across = DatabaseFileStore.SLICE_SIZE - 10;

		assertThat(read(id, 0, 5)).isEqualTo(Arrays.copyOfRange(bytes, 0, 5));
		assertThat(read(id, across, DatabaseFileStore.SLICE_SIZE + 20))
			.isEqualTo(Arrays.copyOfRange(bytes, across, across + DatabaseFileStore.SLICE_SIZE + 20));
		assertThat(read(id, bytes.length - 7, 1000))
			.isEqualTo(Arrays.copyOfRange(bytes, bytes.length - 7, bytes.length));
		assertThat(read(id, bytes.length, 10)).isEmpty();
		assertThat(read(id, Long.MAX_VALUE - 1, 10)).isEmpty();
	}

	@Test
	void skippingMovesWithoutReading() throws Exception {
		byte[] bytes = TestFiles.largePdf(DatabaseFileStore.SLICE_SIZE + 50);
		long id = this.store.store(upload("skip.pdf", bytes)).getId();

		try (InputStream content = this.store.open(id)) {
			assertThat(content.read()).isEqualTo(bytes[0] & 0xFF);
			assertThat(content.skip(DatabaseFileStore.SLICE_SIZE)).isEqualTo(DatabaseFileStore.SLICE_SIZE);
			assertThat(content.readAllBytes())
				.isEqualTo(Arrays.copyOfRange(bytes, DatabaseFileStore.SLICE_SIZE + 1, bytes.length));
		}
	}

	@Test
	void deletedFileIsGone() throws Exception {
		long id = this.store.store(upload("gone.pdf", TestFiles.pdf())).getId();

		assertThat(this.store.delete(id)).isTrue();

		assertThat(this.store.delete(id)).isFalse();
		assertThat(this.store.info(id)).isEmpty();
		try (InputStream content = this.store.open(id)) {
			assertThatExceptionOfType(FileNotFoundException.class).isThrownBy(content::read);
		}
	}

	@Test
	void recordsWhoUploadedIt() {
		User editor = this.users.editor();
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(editor.getEmail(), null, null));

		StoredFile file = this.uploads.store(new MockMultipartFile("file", "a.pdf", "application/pdf", TestFiles.pdf()),
				UploadPolicy.ATTACHMENTS);

		assertThat(file.getCreatedBy()).isEqualTo(editor.getId());
	}

	@Test
	void contentIsStoredUncompressedOutOfLineForSlicing() {
		String storage = this.jdbc.queryForObject("select attstorage::text from pg_attribute "
				+ "where attrelid = 'stored_file'::regclass and attname = 'content'", String.class);

		assertThat(storage).isEqualTo("e");
	}

	@Test
	void declaredSizeMustMatchTheContent() {
		byte[] bytes = TestFiles.pdf();
		FileUpload lying = new FileUpload("a.pdf", FileType.PDF, bytes.length + 1, new ByteArrayResource(bytes), null);

		assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> this.store.store(lying));
	}

	private byte[] read(long id, long offset, long length) throws IOException {
		try (InputStream content = this.store.open(id, offset, length)) {
			return content.readAllBytes();
		}
	}

	private FileUpload upload(String name, byte[] bytes) {
		return this.uploads.validate(name, bytes.length, new ByteArrayResource(bytes), UploadPolicy.ATTACHMENTS);
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
