package org.treatyportal.documents;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.InputStreamSource;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reading the text of PDF files for search, on small PDFs made here: the text when there
 * is some, and a note (never an exception) for a blank, encrypted, broken, too long or
 * too slow file.
 */
class PdfTextExtractorTests {

	private final List<PdfTextExtractor> extractors = new ArrayList<>();

	@AfterEach
	void stop() {
		this.extractors.forEach(PdfTextExtractor::destroy);
	}

	@Test
	void textOfEveryPageIsRead() {
		ExtractedText text = read(extractor(Duration.ofSeconds(20), 500, 1_000_000, 2),
				TestPdfs.withText("Convention on Cybercrime", "Article 1 - Definitions"));

		assertThat(text.note()).isNull();
		assertThat(text.text()).contains("Convention on Cybercrime").contains("Article 1 - Definitions");
	}

	@Test
	void blankPdfHasNoText() {
		ExtractedText text = read(extractor(Duration.ofSeconds(20), 500, 1_000_000, 2), TestPdfs.blank());

		assertThat(text).isEqualTo(ExtractedText.none(ExtractionNote.NO_TEXT));
	}

	@Test
	void encryptedPdfIsNotedAsEncrypted() {
		ExtractedText text = read(extractor(Duration.ofSeconds(20), 500, 1_000_000, 2),
				TestPdfs.encrypted("Restricted text"));

		assertThat(text).isEqualTo(ExtractedText.none(ExtractionNote.ENCRYPTED));
	}

	@Test
	void garbageBehindAPdfHeaderIsNotedAsDamaged() {
		ExtractedText text = read(extractor(Duration.ofSeconds(20), 500, 1_000_000, 2), TestPdfs.broken());

		assertThat(text).isEqualTo(ExtractedText.none(ExtractionNote.DAMAGED));
	}

	@Test
	void emptyFileIsNotedAsDamaged() {
		ExtractedText text = read(extractor(Duration.ofSeconds(20), 500, 1_000_000, 2), new byte[0]);

		assertThat(text).isEqualTo(ExtractedText.none(ExtractionNote.DAMAGED));
	}

	@Test
	void onlyTheFirstPagesAndCharactersAreKept() {
		ExtractedText pages = read(extractor(Duration.ofSeconds(20), 2, 1_000_000, 2), TestPdfs.manyPages(5));
		ExtractedText characters = read(extractor(Duration.ofSeconds(20), 500, 30, 2), TestPdfs.manyPages(5));

		assertThat(pages.note()).isEqualTo(ExtractionNote.TRUNCATED);
		assertThat(pages.text()).contains("Page 1 ", "Page 2 ").doesNotContain("Page 3 ");
		assertThat(characters.note()).isEqualTo(ExtractionNote.TRUNCATED);
		assertThat(characters.text()).hasSizeLessThanOrEqualTo(30).startsWith("Page 1");
	}

	@Test
	void fileThatTakesTooLongIsLeftWithoutTextAndTheCallerDoesNotWait() {
		PdfTextExtractor extractor = extractor(Duration.ofMillis(1), 5000, 10_000_000, 1);
		long started = System.nanoTime();

		ExtractedText text = read(extractor, TestPdfs.manyPages(400));

		assertThat(text).isEqualTo(ExtractedText.none(ExtractionNote.TIMED_OUT));
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
	}

	@Test
	void filesBeyondWhatTheThreadsAndQueueHoldAreNotedBusy() {
		PdfTextExtractor extractor = extractor(Duration.ofMillis(200), 5000, 10_000_000, 1);
		byte[] pdf = TestPdfs.manyPages(300);

		List<ExtractedText> texts = extractor.read(Collections.nCopies(8, new ByteArrayResource(pdf)));

		assertThat(texts).hasSize(8).contains(ExtractedText.none(ExtractionNote.BUSY));
	}

	@Test
	void filesThatAreNoPdfAreNotRead() {
		List<ExtractedText> texts = extractor(Duration.ofSeconds(20), 500, 1_000_000, 2)
			.read(java.util.Arrays.asList((InputStreamSource) null));

		assertThat(texts).containsExactly(ExtractedText.none(ExtractionNote.NOT_PDF));
	}

	@Test
	void charactersPostgresqlCannotStoreAreDropped() {
		assertThat(PdfTextExtractor.clean("  a\u0000b\rc\td\u0007 ")).isEqualTo("ab\nc\td");
	}

	private static ExtractedText read(PdfTextExtractor extractor, byte[] pdf) {
		return extractor.read(List.of(new ByteArrayResource(pdf))).get(0);
	}

	private PdfTextExtractor extractor(Duration timeout, int maxPages, int maxCharacters, int threads) {
		PdfTextExtractor extractor = new PdfTextExtractor(new DocumentProperties(new DocumentProperties.Extraction(
				timeout, maxPages, maxCharacters, DataSize.ofMegabytes(16), DataSize.ofMegabytes(256), threads)));
		this.extractors.add(extractor);
		return extractor;
	}

}
