package org.treatyportal.publishing;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

import org.treatyportal.files.FileCaching;
import org.treatyportal.files.FileResponses;
import org.treatyportal.files.StoredFileInfo;

/**
 * Serves attachments at {@code /attachments/{id}/{name}}: to visitors while the item they
 * belong to is visible (cacheable), to editors always (not cached), so that a draft's
 * images show in its preview.
 */
@Controller
class AttachmentController {

	private final Attachments attachments;

	private final FileResponses responses;

	AttachmentController(Attachments attachments, FileResponses responses) {
		this.attachments = attachments;
		this.responses = responses;
	}

	@GetMapping("/attachments/{id}/{name}")
	void attachment(@PathVariable long id, @PathVariable String name, Authentication authentication,
			HttpServletRequest request, HttpServletResponse response) throws IOException {
		boolean editor = authentication != null && authentication.getAuthorities()
			.stream()
			.anyMatch((authority) -> authority.getAuthority().equals("ROLE_EDITOR")
					|| authority.getAuthority().equals("ROLE_ADMIN"));
		StoredFileInfo file = (editor ? this.attachments.anyFile(id) : this.attachments.publicFile(id))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		this.responses.serve(file, editor ? FileCaching.PRIVATE : FileCaching.PUBLIC, request, response);
	}

}
