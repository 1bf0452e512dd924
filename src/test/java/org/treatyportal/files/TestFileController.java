package org.treatyportal.files;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * What an owner's controller does with files, for tests only (found by component
 * scanning, like the failing page of {@code TestSupportConfiguration}): serves a stored
 * file by id, which no real route may do, and takes an upload.
 */
@RestController
class TestFileController {

	private final FileStore store;

	private final FileUploads uploads;

	private final FileResponses responses;

	TestFileController(FileStore store, FileUploads uploads, FileResponses responses) {
		this.store = store;
		this.uploads = uploads;
		this.responses = responses;
	}

	@GetMapping("/test-support/files/{id}")
	void file(@PathVariable long id, HttpServletRequest request, HttpServletResponse response) throws IOException {
		serve(id, FileCaching.PUBLIC, request, response);
	}

	@GetMapping("/test-support/files/{id}/preview")
	void preview(@PathVariable long id, HttpServletRequest request, HttpServletResponse response) throws IOException {
		serve(id, FileCaching.PRIVATE, request, response);
	}

	/**
	 * The upload form's page: its CSRF token, and the message left by a refused upload.
	 */
	@GetMapping("/test-support/files/form")
	String form(CsrfToken csrf, HttpServletRequest request) {
		Map<String, ?> flash = RequestContextUtils.getInputFlashMap(request);
		Object error = (flash != null) ? flash.get(FileUploads.TOO_LARGE_ATTRIBUTE) : null;
		return csrf.getToken() + "\n" + ((error != null) ? error : "");
	}

	@PostMapping("/test-support/files")
	ResponseEntity<String> upload(@RequestParam(required = false) MultipartFile file,
			@RequestParam(defaultValue = "attachments") String use) {
		UploadPolicy policy = use.equals("images") ? UploadPolicy.IMAGES : UploadPolicy.ATTACHMENTS;
		try {
			StoredFile stored = this.uploads.store(file, policy);
			return ResponseEntity.ok("stored " + stored.getId() + " " + stored.getOriginalName());
		}
		catch (UploadRejectedException ex) {
			return ResponseEntity.unprocessableEntity().body(ex.getCode());
		}
	}

	private void serve(long id, FileCaching caching, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		StoredFileInfo file = this.store.info(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		this.responses.serve(file, caching, request, response);
	}

}
