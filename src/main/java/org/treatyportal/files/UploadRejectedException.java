package org.treatyportal.files;

import java.text.MessageFormat;
import java.util.Locale;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.Errors;

/**
 * Why an upload was refused, as a message key with its arguments, so that a form shows it
 * next to the file field in the visitor's language ({@link #rejectValue}). The
 * exception's own message is the English text.
 */
public final class UploadRejectedException extends RuntimeException implements MessageSourceResolvable {

	/** The file has no bytes (or no file was chosen). */
	public static final String EMPTY = "upload.empty";

	/** The file is over the limit; argument: the limit, e.g. {@code 25 MB}. */
	public static final String TOO_LARGE = "upload.tooLarge";

	/**
	 * The kind of file is not accepted here; arguments: the kind found, the kinds
	 * accepted.
	 */
	public static final String TYPE_NOT_ALLOWED = "upload.typeNotAllowed";

	private static final long serialVersionUID = 1L;

	private final String code;

	private final transient Object[] arguments;

	private UploadRejectedException(String code, String englishText, Object... arguments) {
		super(englishText);
		this.code = code;
		this.arguments = arguments;
	}

	static UploadRejectedException empty() {
		return new UploadRejectedException(EMPTY, "The file is empty.");
	}

	static UploadRejectedException tooLarge(DataSize limit) {
		String size = formatSize(limit);
		return new UploadRejectedException(TOO_LARGE,
				"The file is too large: the most that can be uploaded is " + size + ".", size);
	}

	static UploadRejectedException typeNotAllowed(FileType found, UploadPolicy policy) {
		String accepted = policy.allowedLabels();
		return new UploadRejectedException(TYPE_NOT_ALLOWED, MessageFormat
			.format("Files of this kind ({0}) cannot be uploaded here. Accepted: {1}.", found.label(), accepted),
				found.displayName(), accepted);
	}

	/** The message key, one of the constants of this class. */
	public String getCode() {
		return this.code;
	}

	@Override
	public String[] getCodes() {
		return new String[] { this.code };
	}

	@Override
	public Object[] getArguments() {
		return (this.arguments != null) ? this.arguments.clone() : new Object[0];
	}

	@Override
	public String getDefaultMessage() {
		return getMessage();
	}

	/**
	 * Puts the refusal on a form field, e.g.
	 * {@code exception.rejectValue(bindingResult, "file")}.
	 */
	public void rejectValue(Errors errors, String field) {
		errors.rejectValue(field, this.code, getArguments(), getDefaultMessage());
	}

	/** A size as people write it: {@code 25 MB}, {@code 512 KB}, {@code 1000 bytes}. */
	static String formatSize(DataSize size) {
		long bytes = size.toBytes();
		if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
			return size.toMegabytes() + " MB";
		}
		if (bytes >= 1024 && bytes % 1024 == 0) {
			return size.toKilobytes() + " KB";
		}
		return String.format(Locale.ROOT, "%d bytes", bytes);
	}

}
