package org.treatyportal.files;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.ContentDisposition;

import org.treatyportal.support.PortalIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Serving files through the real servlet container: what a browser receives on the wire,
 * for a file bigger than one slice of the store.
 */
@PortalIntegrationTest
class FileServingOverHttpTests {

	private static final int SIZE = 2 * DatabaseFileStore.SLICE_SIZE + 4321;

	@LocalServerPort
	private int port;

	@Autowired
	private FileUploads uploads;

	@Autowired
	private FileStore store;

	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	@Test
	void downloadsTheWholeFileWithItsHeaders() throws Exception {
		byte[] bytes = TestFiles.largePdf(SIZE);
		StoredFile file = store("Convention – français.pdf", bytes);

		HttpResponse<byte[]> response = send(request(file));

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).isEqualTo(bytes);
		assertThat(response.headers().firstValueAsLong("Content-Length")).hasValue(SIZE);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
		assertThat(response.headers().firstValue("ETag")).hasValue("\"" + file.getSha256() + "\"");
		assertThat(response.headers().allValues("X-Content-Type-Options")).containsExactly("nosniff");
		assertThat(response.headers().allValues("Cache-Control")).containsExactly("max-age=3600, public");
		assertThat(response.headers().firstValue("Content-Disposition").map(ContentDisposition::parse))
			.hasValueSatisfying((disposition) -> {
				assertThat(disposition.isInline()).isTrue();
				assertThat(disposition.getFilename()).isEqualTo("Convention – français.pdf");
			});
	}

	@Test
	void rangeAcrossSlicesGivesExactlyThoseBytes() throws Exception {
		byte[] bytes = TestFiles.largePdf(SIZE);
		StoredFile file = store("a.pdf", bytes);
		int first = DatabaseFileStore.SLICE_SIZE - 100;
		int last = 2 * DatabaseFileStore.SLICE_SIZE + 100;

		HttpResponse<byte[]> range = send(request(file).header("Range", "bytes=" + first + "-" + last));
		HttpResponse<byte[]> suffix = send(request(file).header("Range", "bytes=-10"));
		HttpResponse<byte[]> unsatisfiable = send(request(file).header("Range", "bytes=" + SIZE + "-"));

		assertThat(range.statusCode()).isEqualTo(206);
		assertThat(range.headers().firstValue("Content-Range")).hasValue("bytes " + first + "-" + last + "/" + SIZE);
		assertThat(range.body()).isEqualTo(Arrays.copyOfRange(bytes, first, last + 1));
		assertThat(suffix.statusCode()).isEqualTo(206);
		assertThat(suffix.body()).isEqualTo(Arrays.copyOfRange(bytes, SIZE - 10, SIZE));
		assertThat(unsatisfiable.statusCode()).isEqualTo(416);
		assertThat(unsatisfiable.headers().firstValue("Content-Range")).hasValue("bytes */" + SIZE);
	}

	@Test
	void badRangeHeadersNeverCauseAServerError() throws Exception {
		StoredFile file = store("a.pdf", TestFiles.largePdf(1000));

		for (String range : new String[] { "bytes=", "bytes=-", "bytes=x-y", "bytes=5-1", "bytes=1-2,3-4",
				"bytes=99999999999999999999999-", "bytes=-99999999999999999999999", "bytes=0-1-2", "pages=1-2",
				"bytes=\t1-2", "bytes=½-1", "=", "bytes=-0", "bytes=1000-1000" }) {
			HttpResponse<byte[]> response = send(request(file).header("Range", range));

			assertThat(response.statusCode()).as(range).isIn(200, 206, 416);
		}
	}

	@Test
	void revalidationIsAnsweredWithNotModified() throws Exception {
		StoredFile file = store("a.pdf", TestFiles.pdf());
		HttpResponse<byte[]> first = send(request(file));

		HttpResponse<byte[]> byTag = send(
				request(file).header("If-None-Match", first.headers().firstValue("ETag").get()));
		HttpResponse<byte[]> byDate = send(
				request(file).header("If-Modified-Since", first.headers().firstValue("Last-Modified").get()));

		assertThat(byTag.statusCode()).isEqualTo(304);
		assertThat(byTag.body()).isEmpty();
		assertThat(byDate.statusCode()).isEqualTo(304);
	}

	@Test
	void headSendsNoBody() throws Exception {
		StoredFile file = store("a.pdf", TestFiles.largePdf(1000));

		HttpResponse<byte[]> response = send(request(file).method("HEAD", HttpRequest.BodyPublishers.noBody()));

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValueAsLong("Content-Length")).hasValue(1000);
		assertThat(response.body()).isEmpty();
	}

	private StoredFile store(String name, byte[] bytes) {
		return this.store
			.store(this.uploads.validate(name, bytes.length, new ByteArrayResource(bytes), UploadPolicy.ATTACHMENTS));
	}

	private HttpRequest.Builder request(StoredFile file) {
		return HttpRequest
			.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/test-support/files/" + file.getId()));
	}

	private HttpResponse<byte[]> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

}
