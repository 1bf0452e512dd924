package org.treatyportal.demo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Writes a small one-page PDF with a title and paragraphs, in a standard font: the
 * placeholder files of the demo documents. Characters the standard fonts cannot show
 * (Arabic script, for one) are replaced, so titles are best kept in Latin script.
 */
final class PlaceholderPdf {

	private static final float MARGIN = 72;

	private static final float TITLE_SIZE = 16;

	private static final float TEXT_SIZE = 11;

	private PlaceholderPdf() {
	}

	/** The PDF's bytes. */
	static byte[] create(String title, String author, List<String> paragraphs) {
		try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PDPage page = new PDPage(PDRectangle.A4);
			pdf.addPage(page);
			PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
			PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
			float width = page.getMediaBox().getWidth() - 2 * MARGIN;
			try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
				content.beginText();
				content.newLineAtOffset(MARGIN, page.getMediaBox().getHeight() - MARGIN);
				write(content, bold, TITLE_SIZE, title, width);
				for (String paragraph : paragraphs) {
					content.newLineAtOffset(0, -TEXT_SIZE);
					write(content, regular, TEXT_SIZE, paragraph, width);
				}
				content.endText();
			}
			PDDocumentInformation information = pdf.getDocumentInformation();
			information.setTitle(title);
			information.setAuthor(author);
			pdf.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Writes the text in lines that fit the width, each followed by a line break. */
	private static void write(PDPageContentStream content, PDType1Font font, float size, String text, float width)
			throws IOException {
		content.setFont(font, size);
		for (String line : lines(font, size, printable(font, text), width)) {
			content.showText(line);
			content.newLineAtOffset(0, -size * 1.4f);
		}
	}

	private static List<String> lines(PDType1Font font, float size, String text, float width) throws IOException {
		List<String> lines = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		for (String word : text.split(" ")) {
			String candidate = line.isEmpty() ? word : line + " " + word;
			if (!line.isEmpty() && font.getStringWidth(candidate) / 1000 * size > width) {
				lines.add(line.toString());
				line = new StringBuilder(word);
			}
			else {
				line = new StringBuilder(candidate);
			}
		}
		lines.add(line.toString());
		return lines;
	}

	/**
	 * The text with each character the font cannot encode replaced by a question mark.
	 */
	private static String printable(PDType1Font font, String text) {
		StringBuilder printable = new StringBuilder();
		text.codePoints().forEach((codePoint) -> {
			String character = new String(Character.toChars(codePoint));
			try {
				font.encode(character);
				printable.append(character);
			}
			catch (IOException | IllegalArgumentException ex) {
				printable.append('?');
			}
		});
		return printable.toString();
	}

}
