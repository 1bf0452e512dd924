package org.treatyportal.files;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * What an owner's controller does with files, for tests only (found by component
 * scanning, like the failing page of {@code TestSupportConfiguration}): serves a stored
 * file by id, which no real route may do.
 */
@RestController
class TestFileController {

	private final FileStore store;

	private final FileResponses responses;

	TestFileController(FileStore store, FileResponses responses) {
		this.store = store;
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

	private void serve(long id, FileCaching caching, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		StoredFileInfo file = this.store.info(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		this.responses.serve(file, caching, request, response);
	}

}
