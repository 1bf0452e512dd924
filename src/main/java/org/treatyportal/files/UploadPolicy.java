package org.treatyportal.files;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which kinds of file one use accepts: attachments take documents and images, a featured
 * image only images. A feature with other needs makes its own.
 *
 * @param allowed the kinds accepted, all of them {@linkplain FileType#isStorable()
 * storable}
 */
public record UploadPolicy(Set<FileType> allowed) {

	/** Attachments of articles, events and documents: PDF, images and Office files. */
	public static final UploadPolicy ATTACHMENTS = new UploadPolicy(EnumSet.of(FileType.PDF, FileType.PNG,
			FileType.JPEG, FileType.GIF, FileType.WEBP, FileType.DOCX, FileType.XLSX, FileType.PPTX, FileType.DOC,
			FileType.XLS, FileType.PPT, FileType.ODT, FileType.ODS, FileType.ODP));

	/** Images shown in pages: PNG, JPEG, GIF and WebP. */
	public static final UploadPolicy IMAGES = new UploadPolicy(
			EnumSet.of(FileType.PNG, FileType.JPEG, FileType.GIF, FileType.WEBP));

	public UploadPolicy {
		if (allowed.isEmpty()) {
			throw new IllegalArgumentException("An upload policy must allow at least one kind of file");
		}
		for (FileType type : allowed) {
			if (!type.isStorable()) {
				throw new IllegalArgumentException(type + " files can never be stored");
			}
		}
		allowed = Collections.unmodifiableSet(EnumSet.copyOf(allowed));
	}

	/** Whether files of the kind are accepted. */
	public boolean allows(FileType type) {
		return this.allowed.contains(type);
	}

	/** The accepted kinds for a message, e.g. {@code PNG, JPEG, GIF, WebP}. */
	public String allowedLabels() {
		return this.allowed.stream().map(FileType::label).collect(Collectors.joining(", "));
	}

}
