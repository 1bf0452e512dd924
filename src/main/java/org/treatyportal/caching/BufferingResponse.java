package org.treatyportal.caching;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * Holds back the body of a response that may be kept: a 200 of a kept content type, up to
 * the largest page kept. Any other response (a file, an error, a redirect, a page too
 * big) goes straight through from its first byte, or from the moment it turns out too
 * big. Headers and status always go to the wrapped response.
 */
final class BufferingResponse extends HttpServletResponseWrapper {

	/** The types of pages kept: HTML, feeds, calendars, sitemap, CSV, JSON, text. */
	static final Set<String> KEPT_TYPES = Set.of("text/html", "application/atom+xml", "application/rss+xml",
			"text/calendar", "application/xml", "text/xml", "text/csv", "application/json", "text/plain");

	private final long limit;

	private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(16 * 1024);

	private Mode mode = Mode.UNDECIDED;

	private boolean refused;

	private ServletOutputStream stream;

	private PrintWriter writer;

	BufferingResponse(HttpServletResponse response, long limit) {
		super(response);
		this.limit = limit;
	}

	/** Whether the response was held back whole and may be kept. */
	boolean isHeldBack() throws IOException {
		flushWriter();
		return !this.refused && this.mode != Mode.PASSING && getStatus() == SC_OK;
	}

	/** The body held back. */
	byte[] body() throws IOException {
		flushWriter();
		return this.buffer.toByteArray();
	}

	/** Sends what was held back, for a response that is not kept after all. */
	void release() throws IOException {
		flushWriter();
		if (this.mode == Mode.BUFFERING) {
			this.mode = Mode.PASSING;
			if (this.buffer.size() > 0) {
				getResponse().getOutputStream().write(this.buffer.toByteArray());
			}
			if (this.writer != null) {
				this.writer.flush();
			}
		}
	}

	@Override
	public void sendError(int sc) throws IOException {
		this.refused = true;
		release();
		super.sendError(sc);
	}

	@Override
	public void sendError(int sc, String msg) throws IOException {
		this.refused = true;
		release();
		super.sendError(sc, msg);
	}

	@Override
	public void sendRedirect(String location) throws IOException {
		this.refused = true;
		release();
		super.sendRedirect(location);
	}

	@Override
	public ServletOutputStream getOutputStream() throws IOException {
		if (decide() == Mode.PASSING && this.writer == null) {
			return super.getOutputStream();
		}
		if (this.stream == null) {
			this.stream = new HeldBackStream();
		}
		return this.stream;
	}

	@Override
	public PrintWriter getWriter() throws IOException {
		if (this.writer != null) {
			return this.writer;
		}
		if (decide() == Mode.PASSING && this.stream == null) {
			return super.getWriter();
		}
		Charset charset = Charset.forName(getCharacterEncoding());
		this.writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), charset));
		return this.writer;
	}

	@Override
	public void flushBuffer() throws IOException {
		if (this.mode == Mode.PASSING) {
			if (this.writer != null) {
				this.writer.flush();
			}
			super.flushBuffer();
		}
	}

	@Override
	public void resetBuffer() {
		this.buffer.reset();
		super.resetBuffer();
	}

	@Override
	public void reset() {
		this.buffer.reset();
		super.reset();
	}

	private Mode decide() {
		if (this.mode == Mode.UNDECIDED) {
			this.mode = (!this.refused && getStatus() == SC_OK && isKeptType(getContentType())
					&& getHeader("Content-Encoding") == null) ? Mode.BUFFERING : Mode.PASSING;
		}
		return this.mode;
	}

	static boolean isKeptType(String contentType) {
		if (contentType == null) {
			return false;
		}
		int semicolon = contentType.indexOf(';');
		String type = ((semicolon >= 0) ? contentType.substring(0, semicolon) : contentType).trim()
			.toLowerCase(Locale.ROOT);
		return KEPT_TYPES.contains(type);
	}

	private void flushWriter() {
		if (this.writer != null) {
			this.writer.flush();
		}
	}

	private void write(byte[] bytes, int offset, int length) throws IOException {
		if (this.mode == Mode.BUFFERING && this.buffer.size() + length > this.limit) {
			this.refused = true;
			ServletOutputStream out = getResponse().getOutputStream();
			out.write(this.buffer.toByteArray());
			this.buffer.reset();
			this.mode = Mode.PASSING;
		}
		if (this.mode == Mode.PASSING) {
			getResponse().getOutputStream().write(bytes, offset, length);
		}
		else {
			this.buffer.write(bytes, offset, length);
		}
	}

	private enum Mode {

		UNDECIDED, BUFFERING, PASSING

	}

	/** The body's stream: into the buffer while held back, then to the client. */
	private final class HeldBackStream extends ServletOutputStream {

		@Override
		public void write(int b) throws IOException {
			BufferingResponse.this.write(new byte[] { (byte) b }, 0, 1);
		}

		@Override
		public void write(byte[] b, int off, int len) throws IOException {
			BufferingResponse.this.write(b, off, len);
		}

		@Override
		public void flush() throws IOException {
			if (BufferingResponse.this.mode == Mode.PASSING) {
				getResponse().getOutputStream().flush();
			}
		}

		@Override
		public boolean isReady() {
			return true;
		}

		@Override
		public void setWriteListener(WriteListener listener) {
			throw new UnsupportedOperationException("A page held back is written in one go");
		}

	}

}
