package org.treatyportal.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Small PDF files for tests, made with PDFBox: with text, without, encrypted, broken.
 */
public final class TestPdfs {

	private TestPdfs() {
	}

	/** A PDF with one line of text on each page. */
	public static byte[] withText(String... pages) {
		try (PDDocument pdf = new PDDocument()) {
			for (String text : pages) {
				addPage(pdf, text);
			}
			return save(pdf);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A PDF of the given number of pages, each with a line of text. */
	public static byte[] manyPages(int count) {
		String[] pages = new String[count];
		for (int i = 0; i < count; i++) {
			pages[i] = "Page " + (i + 1) + " of a long report on cooperation against cybercrime";
		}
		return withText(pages);
	}

	/** A valid PDF with a blank page: no text at all. */
	public static byte[] blank() {
		try (PDDocument pdf = new PDDocument()) {
			pdf.addPage(new PDPage());
			return save(pdf);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A PDF with text that opens only with a user password. */
	public static byte[] encrypted(String text) {
		try (PDDocument pdf = new PDDocument()) {
			addPage(pdf, text);
			StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret",
					new AccessPermission());
			policy.setEncryptionKeyLength(128);
			pdf.protect(policy);
			return save(pdf);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Garbage after a PDF header: recognised as a PDF by its first bytes, unreadable. */
	public static byte[] broken() {
		return ("%PDF-1.7\n%\u00e2\u00e3\n1 0 obj << /Type /Catalog /Pages 2 0 R >> garbage garbage\nstream\n"
				+ "\u0000\u0001\u0002 not a pdf at all, truncated here")
			.getBytes(StandardCharsets.ISO_8859_1);
	}

	private static void addPage(PDDocument pdf, String text) throws IOException {
		PDPage page = new PDPage();
		pdf.addPage(page);
		try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
			content.beginText();
			content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
			content.newLineAtOffset(72, 700);
			content.showText(text);
			content.endText();
		}
	}

	private static byte[] save(PDDocument pdf) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		pdf.save(out);
		return out.toByteArray();
	}

}
