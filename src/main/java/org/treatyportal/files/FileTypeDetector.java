package org.treatyportal.files;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.core.io.InputStreamSource;

/**
 * Tells what a file is from its bytes (magic numbers, the directory of a ZIP archive),
 * never from its name or the {@code Content-Type} a browser sent. The name is only a hint
 * among compound (OLE2) files, whose kind only a full parse could tell apart.
 * <p>
 * It reads the first few kilobytes and, for ZIP archives, the central directory at the
 * end: nothing is decompressed, so an archive bomb costs no more than any other file.
 */
final class FileTypeDetector {

	static final int HEAD_SIZE = 8192;

	private static final int ZIP_LOCAL_HEADER = 0x04034b50;

	private static final int ZIP_CENTRAL_HEADER = 0x02014b50;

	private static final int ZIP_END_OF_DIRECTORY = 0x06054b50;

	private static final int ZIP_SPANNED = 0x08074b50;

	private static final int ZIP_END_SIZE = 22;

	private static final int ZIP_MAX_COMMENT = 0xFFFF;

	/**
	 * An Office file's directory is a few kilobytes; a bigger one is not worth reading.
	 */
	private static final int ZIP_MAX_DIRECTORY = 4 * 1024 * 1024;

	private static final byte[] PDF = ascii("%PDF-");

	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };

	private static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF };

	private static final byte[] GIF87 = ascii("GIF87a");

	private static final byte[] GIF89 = ascii("GIF89a");

	private static final byte[] RIFF = ascii("RIFF");

	private static final byte[] WEBP = ascii("WEBP");

	private static final byte[] OLE = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
			(byte) 0xE1 };

	private static final byte[] UTF8_BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	private static final String[] HTML_MARKERS = { "<!doctype html", "<html", "<head", "<body", "<script", "<iframe" };

	private FileTypeDetector() {
	}

	/**
	 * The kind of the content.
	 * @param content the bytes, which may be read more than once
	 * @param size the number of bytes
	 * @param name the (sanitised) name the file came with, a hint for OLE2 files only
	 */
	static FileType detect(InputStreamSource content, long size, String name) throws IOException {
		byte[] head;
		try (InputStream in = content.getInputStream()) {
			head = in.readNBytes(HEAD_SIZE);
		}
		if (startsWith(head, 0, PDF)) {
			return FileType.PDF;
		}
		if (startsWith(head, 0, PNG)) {
			return FileType.PNG;
		}
		if (startsWith(head, 0, JPEG)) {
			return FileType.JPEG;
		}
		if (startsWith(head, 0, GIF87) || startsWith(head, 0, GIF89)) {
			return FileType.GIF;
		}
		if (startsWith(head, 0, RIFF) && startsWith(head, 8, WEBP)) {
			return FileType.WEBP;
		}
		if (startsWith(head, 0, OLE)) {
			return compoundFile(name);
		}
		if (head.length >= 4 && int32(head, 0) == ZIP_LOCAL_HEADER) {
			return zip(head, content, size);
		}
		if (head.length >= 4 && (int32(head, 0) == ZIP_END_OF_DIRECTORY || int32(head, 0) == ZIP_SPANNED)) {
			return FileType.ZIP;
		}
		return text(head);
	}

	/**
	 * Word, Excel and PowerPoint files share one container; only their names tell them
	 * apart cheaply.
	 */
	private static FileType compoundFile(String name) {
		String extension = (name != null) ? FileNames.extension(name) : null;
		FileType hinted = (extension != null) ? FileType.ofExtension(extension) : null;
		if (hinted == FileType.DOC || hinted == FileType.XLS || hinted == FileType.PPT) {
			return hinted;
		}
		return FileType.OLE;
	}

	private static FileType zip(byte[] head, InputStreamSource content, long size) throws IOException {
		String openDocument = openDocumentMimetype(head);
		if (openDocument != null) {
			FileType type = FileType.ofMediaType(openDocument);
			if (type == FileType.ODT || type == FileType.ODS || type == FileType.ODP) {
				return type;
			}
		}
		List<String> names = zipEntryNames(content, size);
		if (names == null || !names.contains("[Content_Types].xml")) {
			return FileType.ZIP;
		}
		FileType type = officeOpenXml(names);
		return (type != null) ? type : FileType.ZIP;
	}

	/**
	 * Word, Excel or PowerPoint by the folder of the main part. A VBA project makes it a
	 * macro-enabled file (docm, xlsm, pptm), whose media type is not the plain one.
	 */
	private static FileType officeOpenXml(List<String> names) {
		for (String entry : names) {
			FileType type = entry.startsWith("word/") ? FileType.DOCX
					: entry.startsWith("xl/") ? FileType.XLSX : entry.startsWith("ppt/") ? FileType.PPTX : null;
			if (type != null) {
				boolean macros = names.stream()
					.anyMatch((name) -> name.toLowerCase(Locale.ROOT).endsWith("vbaproject.bin"));
				return macros ? FileType.OFFICE_MACRO : type;
			}
		}
		return null;
	}

	/**
	 * OpenDocument puts an uncompressed entry named {@code mimetype} first, so that its
	 * value stands at a fixed place near the start of the file.
	 */
	private static String openDocumentMimetype(byte[] head) {
		if (head.length < 38 || uint16(head, 26) != 8 || !startsWith(head, 30, ascii("mimetype"))
				|| uint16(head, 8) != 0) {
			return null;
		}
		long length = uint32(head, 18);
		int start = 38 + uint16(head, 28);
		if (length > 100 || start + length > head.length) {
			return null;
		}
		return new String(head, start, (int) length, StandardCharsets.US_ASCII);
	}

	/** Names in the ZIP central directory, or {@code null} when it cannot be read. */
	static List<String> zipEntryNames(InputStreamSource content, long size) throws IOException {
		int tailLength = (int) Math.min(size, ZIP_END_SIZE + ZIP_MAX_COMMENT);
		byte[] tail = read(content, size - tailLength, tailLength);
		if (tail == null) {
			return null;
		}
		int end = -1;
		for (int i = tail.length - ZIP_END_SIZE; i >= 0; i--) {
			if (int32(tail, i) == ZIP_END_OF_DIRECTORY) {
				end = i;
				break;
			}
		}
		if (end < 0) {
			return null;
		}
		int entries = uint16(tail, end + 10);
		long directorySize = uint32(tail, end + 12);
		long directoryOffset = uint32(tail, end + 16);
		// ZIP64 markers: far bigger than any file accepted here
		if (entries == 0xFFFF || directorySize == 0xFFFFFFFFL || directoryOffset == 0xFFFFFFFFL) {
			return null;
		}
		if (directorySize > ZIP_MAX_DIRECTORY || directoryOffset + directorySize > size) {
			return null;
		}
		byte[] directory = read(content, directoryOffset, (int) directorySize);
		if (directory == null) {
			return null;
		}
		List<String> names = new ArrayList<>(entries);
		int at = 0;
		while (at + 46 <= directory.length && int32(directory, at) == ZIP_CENTRAL_HEADER) {
			int nameLength = uint16(directory, at + 28);
			if (at + 46 + nameLength > directory.length) {
				break;
			}
			names.add(new String(directory, at + 46, nameLength, StandardCharsets.UTF_8));
			at += 46 + nameLength + uint16(directory, at + 30) + uint16(directory, at + 32);
		}
		return names;
	}

	/**
	 * SVG and HTML are refused anyway; telling them apart only makes the refusal clearer.
	 */
	private static FileType text(byte[] head) {
		int start = startsWith(head, 0, UTF8_BOM) ? UTF8_BOM.length : 0;
		String text = new String(head, start, head.length - start, StandardCharsets.ISO_8859_1)
			.toLowerCase(Locale.ROOT);
		if (text.contains("<svg")) {
			return FileType.SVG;
		}
		for (String marker : HTML_MARKERS) {
			if (text.contains(marker)) {
				return FileType.HTML;
			}
		}
		return FileType.UNKNOWN;
	}

	private static byte[] read(InputStreamSource content, long offset, int length) throws IOException {
		try (InputStream in = content.getInputStream()) {
			in.skipNBytes(offset);
			byte[] bytes = in.readNBytes(length);
			return (bytes.length == length) ? bytes : null;
		}
		catch (EOFException ex) {
			return null;
		}
	}

	private static boolean startsWith(byte[] bytes, int offset, byte[] prefix) {
		if (bytes.length < offset + prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if (bytes[offset + i] != prefix[i]) {
				return false;
			}
		}
		return true;
	}

	private static int uint16(byte[] bytes, int offset) {
		return (bytes[offset] & 0xFF) | (bytes[offset + 1] & 0xFF) << 8;
	}

	private static long uint32(byte[] bytes, int offset) {
		return int32(bytes, offset) & 0xFFFFFFFFL;
	}

	private static int int32(byte[] bytes, int offset) {
		return (bytes[offset] & 0xFF) | (bytes[offset + 1] & 0xFF) << 8 | (bytes[offset + 2] & 0xFF) << 16
				| (bytes[offset + 3] & 0xFF) << 24;
	}

	private static byte[] ascii(String text) {
		return text.getBytes(StandardCharsets.US_ASCII);
	}

}
