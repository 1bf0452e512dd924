package org.treatyportal.files;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.InputStreamSource;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MultipartFile;

import org.treatyportal.audit.AuditActors;
import org.treatyportal.config.PortalProperties;

/**
 * Checks uploads for every feature: not empty, not over {@code portal.uploads.max-size},
 * of a kind that the use allows as told by the bytes (never by the name or the type the
 * browser claims), with a safe name; then stores them. A refusal is an
 * {@link UploadRejectedException} that the form shows next to its file field.
 */
@Service
public class FileUploads {

	/**
	 * Flash attribute holding the message for an upload the servlet container refused as
	 * too large; the request is redirected back to the page it came from, which shows it.
	 */
	public static final String TOO_LARGE_ATTRIBUTE = "uploadError";

	private final FileStore store;

	private final ObjectProvider<AuditActors> accounts;

	private final DataSize maxSize;

	FileUploads(FileStore store, ObjectProvider<AuditActors> accounts, PortalProperties properties) {
		this.store = store;
		this.accounts = accounts;
		this.maxSize = properties.uploads().maxSize();
	}

	/** The largest file accepted, e.g. to say so next to a file field. */
	public DataSize maxSize() {
		return this.maxSize;
	}

	/**
	 * Checks an upload from a form and stores it, in the caller's transaction if any.
	 * @throws UploadRejectedException if the file is empty, too large or of a kind the
	 * policy refuses
	 */
	@Transactional
	public StoredFile store(MultipartFile file, UploadPolicy policy) {
		return this.store.store(validate(file, policy));
	}

	/**
	 * Checks an upload from a form. A missing file counts as empty.
	 * @throws UploadRejectedException if the file is empty, too large or of a kind the
	 * policy refuses
	 */
	public FileUpload validate(MultipartFile file, UploadPolicy policy) {
		if (file == null) {
			throw UploadRejectedException.empty();
		}
		return validate(file.getOriginalFilename(), file.getSize(), file, policy);
	}

	/**
	 * Checks content from elsewhere (an import, a test).
	 * @param originalName the name it came with, sanitised here
	 * @param size the number of bytes
	 * @param content the bytes, which must be readable more than once
	 * @throws UploadRejectedException if the file is empty, too large or of a kind the
	 * policy refuses
	 */
	public FileUpload validate(String originalName, long size, InputStreamSource content, UploadPolicy policy) {
		if (size <= 0) {
			throw UploadRejectedException.empty();
		}
		if (size > this.maxSize.toBytes()) {
			throw UploadRejectedException.tooLarge(this.maxSize);
		}
		String name = FileNames.sanitise(originalName);
		FileType type;
		try {
			type = FileTypeDetector.detect(content, size, name);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read the upload " + name, ex);
		}
		if (!policy.allows(type)) {
			throw UploadRejectedException.typeNotAllowed(type, policy);
		}
		return new FileUpload(FileNames.withExtensionFor(name, type), type, size, content, currentUserId());
	}

	private Long currentUserId() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()) {
			return null;
		}
		// The audit log's way to the account behind a name, so that files need not know
		// accounts.
		AuditActors known = this.accounts.getIfAvailable();
		return (known != null) ? known.idOf(authentication.getName()).orElse(null) : null;
	}

}
