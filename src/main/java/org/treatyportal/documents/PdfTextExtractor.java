package org.treatyportal.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.core.io.InputStreamSource;
import org.springframework.stereotype.Component;

import org.treatyportal.files.FileType;
import org.treatyportal.files.FileUpload;

/**
 * Reads the text of uploaded PDF files for search, with PDFBox, within bounds whatever
 * the file holds: a few threads of their own (never the request's), a deadline for the
 * whole save, a cap on memory (decoded contents past it go to a bounded temporary file),
 * on pages and on characters. A file that is encrypted, damaged, too slow or too big is
 * stored all the same, with a note saying why it has no text: reading never fails an
 * upload.
 */
@Component
class PdfTextExtractor implements DisposableBean {

	private static final Log logger = LogFactory.getLog(PdfTextExtractor.class);

	private final DocumentProperties.Extraction limits;

	private final ThreadPoolExecutor executor;

	PdfTextExtractor(DocumentProperties properties) {
		this.limits = properties.extraction();
		int threads = Math.max(1, this.limits.threads());
		AtomicInteger count = new AtomicInteger();
		this.executor = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS,
				new ArrayBlockingQueue<>(threads * 4), (task) -> {
					Thread thread = new Thread(task, "pdf-text-" + count.incrementAndGet());
					thread.setDaemon(true);
					return thread;
				}, new ThreadPoolExecutor.AbortPolicy());
		this.executor.allowCoreThreadTimeOut(true);
	}

	/**
	 * Reads the text of each upload, waiting at most the configured timeout for all of
	 * them together.
	 * @return the text of each upload, in their order
	 */
	List<ExtractedText> extract(List<FileUpload> uploads) {
		List<InputStreamSource> pdfs = new ArrayList<>();
		for (FileUpload upload : uploads) {
			pdfs.add((upload.type() == FileType.PDF) ? upload::openContent : null);
		}
		return read(pdfs);
	}

	/**
	 * Reads the text of PDF files, waiting at most the configured timeout for all of
	 * them.
	 * @param pdfs the files' contents; {@code null} for a file that is no PDF
	 * @return the text of each file, in their order
	 */
	List<ExtractedText> read(List<InputStreamSource> pdfs) {
		long deadline = System.nanoTime() + this.limits.timeout().toNanos();
		List<Object> started = new ArrayList<>();
		for (InputStreamSource pdf : pdfs) {
			started.add(start(pdf));
		}
		List<ExtractedText> results = new ArrayList<>();
		for (Object start : started) {
			results.add((start instanceof ExtractedText done) ? done : await((Future<?>) start, deadline));
		}
		return results;
	}

	/** A running extraction, or its result when there is nothing to run. */
	private Object start(InputStreamSource pdf) {
		if (pdf == null) {
			return ExtractedText.none(ExtractionNote.NOT_PDF);
		}
		Path copy = null;
		try {
			// A file of its own: PDFBox reads it in small buffers, never whole in memory.
			copy = Files.createTempFile("treaty-portal-text-", ".pdf");
			try (InputStream content = pdf.getInputStream()) {
				Files.copy(content, copy, StandardCopyOption.REPLACE_EXISTING);
			}
		}
		catch (IOException ex) {
			logger.warn("Could not copy an upload to read its text", ex);
			if (copy != null) {
				deleteQuietly(copy);
			}
			return ExtractedText.none(ExtractionNote.DAMAGED);
		}
		Path file = copy;
		try {
			return this.executor.submit(() -> {
				try {
					return read(file);
				}
				finally {
					Files.deleteIfExists(file);
				}
			});
		}
		catch (RejectedExecutionException ex) {
			deleteQuietly(file);
			return ExtractedText.none(ExtractionNote.BUSY);
		}
	}

	private static ExtractedText await(Future<?> running, long deadline) {
		try {
			return (ExtractedText) running.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
		}
		catch (TimeoutException ex) {
			// The reader checks for interruption at each page and each run of text.
			running.cancel(true);
			return ExtractedText.none(ExtractionNote.TIMED_OUT);
		}
		catch (ExecutionException ex) {
			logger.warn("Reading the text of a PDF failed unexpectedly", ex.getCause());
			return ExtractedText.none(ExtractionNote.DAMAGED);
		}
		catch (InterruptedException ex) {
			running.cancel(true);
			Thread.currentThread().interrupt();
			return ExtractedText.none(ExtractionNote.TIMED_OUT);
		}
	}

	private ExtractedText read(Path file) {
		MemoryUsageSetting memory = MemoryUsageSetting.setupMixed(this.limits.maxMemory().toBytes(),
				this.limits.maxStorage().toBytes());
		try (PDDocument pdf = Loader.loadPDF(new RandomAccessReadBufferedFile(file), "", null, null,
				memory.streamCache)) {
			if (pdf.isEncrypted() && !pdf.getCurrentAccessPermission().canExtractContent()) {
				return ExtractedText.none(ExtractionNote.ENCRYPTED);
			}
			BoundedStripper stripper = new BoundedStripper(this.limits.maxCharacters());
			stripper.setEndPage(this.limits.maxPages());
			StringWriter text = new StringWriter();
			try {
				stripper.writeText(pdf, text);
			}
			catch (LimitReached ex) {
				// Keep what was read.
			}
			String clean = clean(text.toString());
			if (clean.isEmpty()) {
				return ExtractedText.none(ExtractionNote.NO_TEXT);
			}
			boolean partial = stripper.limitReached || pdf.getNumberOfPages() > this.limits.maxPages();
			return new ExtractedText(clean, partial ? ExtractionNote.TRUNCATED : null);
		}
		catch (InvalidPasswordException ex) {
			return ExtractedText.none(ExtractionNote.ENCRYPTED);
		}
		catch (InterruptedIOException ex) {
			return ExtractedText.none(ExtractionNote.TIMED_OUT);
		}
		catch (IOException | RuntimeException | StackOverflowError ex) {
			logger.debug("Could not read the text of a PDF", ex);
			return ExtractedText.none(ExtractionNote.DAMAGED);
		}
	}

	/**
	 * The text without the characters PostgreSQL cannot store or search needs not,
	 * trimmed.
	 */
	static String clean(String text) {
		StringBuilder clean = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\n' || c == '\t' || !Character.isISOControl(c)) {
				clean.append(c);
			}
			else if (c == '\r') {
				clean.append('\n');
			}
		}
		return clean.toString().strip();
	}

	private static void deleteQuietly(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			logger.debug("Could not delete " + file, ex);
		}
	}

	@Override
	public void destroy() {
		this.executor.shutdownNow();
	}

	/** Stops at a number of characters, and when its thread is interrupted. */
	private static final class BoundedStripper extends PDFTextStripper {

		private final int maxCharacters;

		private int written;

		private boolean limitReached;

		BoundedStripper(int maxCharacters) {
			this.maxCharacters = maxCharacters;
		}

		@Override
		protected void startPage(PDPage page) throws IOException {
			checkInterrupted();
			super.startPage(page);
		}

		@Override
		protected void writeString(String text, List<TextPosition> textPositions) throws IOException {
			checkInterrupted();
			int room = this.maxCharacters - this.written;
			if (text.length() > room) {
				super.writeString(text.substring(0, Math.max(0, room)), textPositions);
				this.limitReached = true;
				throw new LimitReached();
			}
			super.writeString(text, textPositions);
			this.written += text.length();
		}

		private static void checkInterrupted() throws InterruptedIOException {
			if (Thread.currentThread().isInterrupted()) {
				throw new InterruptedIOException("Text extraction cancelled");
			}
		}

	}

	/** Ends the reading of a file whose text reached the most characters kept. */
	private static final class LimitReached extends IOException {

		private static final long serialVersionUID = 1L;

		LimitReached() {
			super("Character limit reached");
		}

	}

}
