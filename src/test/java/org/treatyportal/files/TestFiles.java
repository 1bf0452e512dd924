package org.treatyportal.files;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Small files of each kind, built byte by byte, with just what the detector looks at.
 */
final class TestFiles {

	private TestFiles() {
	}

	static byte[] pdf() {
		return ascii("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
	}

	static byte[] png() {
		return concat(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13 }, ascii("IHDR"),
				new byte[17]);
	}

	static byte[] jpeg() {
		return concat(new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16 }, ascii("JFIF\0"),
				new byte[20], new byte[] { (byte) 0xFF, (byte) 0xD9 });
	}

	static byte[] gif() {
		return concat(ascii("GIF89a"), new byte[] { 1, 0, 1, 0, 0, 0, 0 }, ascii(";"));
	}

	static byte[] webp() {
		return concat(ascii("RIFF"), new byte[] { 26, 0, 0, 0 }, ascii("WEBPVP8 "), new byte[18]);
	}

	static byte[] svg() {
		return ascii(
				"<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>");
	}

	static byte[] html() {
		return ascii("<!DOCTYPE html>\n<html><body><script>alert(document.cookie)</script></body></html>");
	}

	static byte[] ole() {
		return concat(
				new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1 },
				new byte[504]);
	}

	static byte[] docx() {
		return officeOpenXml("word/document.xml");
	}

	static byte[] xlsx() {
		return officeOpenXml("xl/workbook.xml");
	}

	static byte[] pptx() {
		return officeOpenXml("ppt/presentation.xml");
	}

	static byte[] docm() {
		return zip(false, "[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/vbaProject.bin");
	}

	static byte[] officeOpenXml(String mainPart) {
		return zip(false, "[Content_Types].xml", "_rels/.rels", "docProps/core.xml", mainPart);
	}

	static byte[] openDocument(String kind) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			byte[] mimetype = ascii("application/vnd.oasis.opendocument." + kind);
			ZipEntry entry = new ZipEntry("mimetype");
			entry.setMethod(ZipEntry.STORED);
			entry.setSize(mimetype.length);
			CRC32 crc = new CRC32();
			crc.update(mimetype);
			entry.setCrc(crc.getValue());
			zip.putNextEntry(entry);
			zip.write(mimetype);
			zip.closeEntry();
			putEntry(zip, "content.xml");
			putEntry(zip, "META-INF/manifest.xml");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	/**
	 * A ZIP archive with the named entries, deflated (so with data descriptors) and
	 * optionally a comment.
	 */
	static byte[] zip(boolean withComment, String... names) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			if (withComment) {
				zip.setComment("made for a test");
			}
			for (String name : names) {
				putEntry(zip, name);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	/** Random bytes after a PDF header, so that any slice is distinct. */
	static byte[] largePdf(int size) {
		byte[] bytes = new byte[size];
		new Random(size).nextBytes(bytes);
		System.arraycopy(pdf(), 0, bytes, 0, 8);
		return bytes;
	}

	static byte[] ascii(String text) {
		return text.getBytes(StandardCharsets.US_ASCII);
	}

	static byte[] concat(byte[]... parts) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		for (byte[] part : parts) {
			bytes.writeBytes(part);
		}
		return bytes.toByteArray();
	}

	private static void putEntry(ZipOutputStream zip, String name) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		zip.write(("<content of " + name + "/>").repeat(50).getBytes(StandardCharsets.UTF_8));
		zip.closeEntry();
	}

}
