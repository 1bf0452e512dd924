package org.treatyportal.files;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * A kind of file as recognised from its bytes. Only the storable kinds can be uploaded;
 * the others are named so that a refusal can say what the file was.
 */
public enum FileType {

	/** PDF document. */
	PDF("application/pdf", "PDF", true, true, "pdf"),

	/** PNG image. */
	PNG("image/png", "PNG", true, true, "png"),

	/** JPEG image. */
	JPEG("image/jpeg", "JPEG", true, true, "jpg", "jpeg", "jpe", "jfif"),

	/** GIF image. */
	GIF("image/gif", "GIF", true, true, "gif"),

	/** WebP image. */
	WEBP("image/webp", "WebP", true, true, "webp"),

	/** Word document (Office Open XML). */
	DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "DOCX", true, false, "docx"),

	/** Excel workbook (Office Open XML). */
	XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "XLSX", true, false, "xlsx"),

	/** PowerPoint presentation (Office Open XML). */
	PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", "PPTX", true, false, "pptx"),

	/** Word document (legacy binary format). */
	DOC("application/msword", "DOC", true, false, "doc", "dot"),

	/** Excel workbook (legacy binary format). */
	XLS("application/vnd.ms-excel", "XLS", true, false, "xls", "xlt"),

	/** PowerPoint presentation (legacy binary format). */
	PPT("application/vnd.ms-powerpoint", "PPT", true, false, "ppt", "pps", "pot"),

	/** OpenDocument text. */
	ODT("application/vnd.oasis.opendocument.text", "ODT", true, false, "odt"),

	/** OpenDocument spreadsheet. */
	ODS("application/vnd.oasis.opendocument.spreadsheet", "ODS", true, false, "ods"),

	/** OpenDocument presentation. */
	ODP("application/vnd.oasis.opendocument.presentation", "ODP", true, false, "odp"),

	/** SVG image: never stored, as it can carry script. */
	SVG("image/svg+xml", "SVG", false, false, "svg"),

	/** HTML page: never stored, as it can carry script. */
	HTML("text/html", "HTML", false, false, "html", "htm"),

	/** Office Open XML document with macros (docm, xlsm, pptm): never stored. */
	OFFICE_MACRO("application/vnd.ms-office", "Office with macros", false, false, "docm", "xlsm", "pptm"),

	/**
	 * Compound file that is not named as a Word, Excel or PowerPoint file: never stored.
	 */
	OLE("application/x-ole-storage", "OLE", false, false, "msg", "msi"),

	/** Any other ZIP archive: never stored. */
	ZIP("application/zip", "ZIP", false, false, "zip"),

	/** Anything else: never stored. */
	UNKNOWN("application/octet-stream", "unknown", false, false);

	private final String mediaType;

	private final String label;

	private final boolean storable;

	private final boolean inline;

	private final List<String> extensions;

	FileType(String mediaType, String label, boolean storable, boolean inline, String... extensions) {
		this.mediaType = mediaType;
		this.label = label;
		this.storable = storable;
		this.inline = inline;
		this.extensions = List.of(extensions);
	}

	/** The media type sent as {@code Content-Type}, e.g. {@code application/pdf}. */
	public String mediaType() {
		return this.mediaType;
	}

	/** Short name of the format, the same in every language, e.g. {@code PDF}. */
	public String label() {
		return this.label;
	}

	/** The name of the format for messages: {@code upload.type.NAME}, or the label. */
	public MessageSourceResolvable displayName() {
		return new DefaultMessageSourceResolvable(new String[] { "upload.type." + name() }, this.label);
	}

	/**
	 * Whether files of this kind may be stored at all (an {@link UploadPolicy} picks
	 * among them).
	 */
	public boolean isStorable() {
		return this.storable;
	}

	/**
	 * Whether browsers show it in the page ({@code Content-Disposition: inline}): PDFs
	 * and images.
	 */
	public boolean isInline() {
		return this.inline;
	}

	/** File name extensions of this kind, lower case, the usual one first. */
	public List<String> extensions() {
		return this.extensions;
	}

	/** The kind stored under a media type; {@link #UNKNOWN} for any other. */
	public static FileType ofMediaType(String mediaType) {
		for (FileType type : values()) {
			if (type.mediaType.equalsIgnoreCase(mediaType)) {
				return type;
			}
		}
		return UNKNOWN;
	}

	/**
	 * The kind whose extensions include the given one, ignoring case; {@code null} if
	 * none.
	 */
	static FileType ofExtension(String extension) {
		String lower = extension.toLowerCase(Locale.ROOT);
		for (FileType type : values()) {
			if (type.extensions.contains(lower)) {
				return type;
			}
		}
		return null;
	}

}
