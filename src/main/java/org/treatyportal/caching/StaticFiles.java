package org.treatyportal.caching;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.http.MediaType;
import org.springframework.http.MediaTypeFactory;
import org.springframework.stereotype.Component;

/**
 * The static files with addresses that name their content ({@code /css/site.css} is
 * linked as {@code /css/site.5d41402abc.css}), so that browsers and proxies may keep them
 * for a year: a changed file gets a new address. Read once at start-up into memory with
 * their gzip form (they are small: some 270 kB in all), and looked up in a map when a
 * page links them.
 */
@Component
public class StaticFiles {

	private static final Set<String> COMPRESSED_TYPES = Set.of("text/css", "text/javascript", "application/javascript",
			"image/svg+xml", "text/plain", "application/json", "application/xml", "text/xml");

	private final Map<String, String> hashedPaths = new HashMap<>();

	private final Map<String, StaticFile> files = new HashMap<>();

	StaticFiles(CacheProperties properties) throws IOException {
		if (!properties.hashStaticFiles()) {
			return;
		}
		PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
		Resource root = resolver.getResource("classpath:static/");
		if (!root.exists()) {
			return;
		}
		String rootUrl = root.getURL().toString();
		for (Resource resource : resolver.getResources("classpath:static/**/*.*")) {
			if (!resource.isReadable()) {
				continue;
			}
			String url = resource.getURL().toString();
			if (!url.startsWith(rootUrl)) {
				continue;
			}
			add("/" + url.substring(rootUrl.length()), resource);
		}
	}

	private void add(String path, Resource resource) throws IOException {
		int dot = path.lastIndexOf('.');
		if (dot <= path.lastIndexOf('/')) {
			return;
		}
		byte[] bytes;
		try (InputStream in = resource.getInputStream()) {
			bytes = in.readAllBytes();
		}
		String hash = hash(bytes);
		String hashed = path.substring(0, dot) + "." + hash + path.substring(dot);
		String contentType = MediaTypeFactory.getMediaType(path)
			.map(MediaType::toString)
			.orElse(MediaType.APPLICATION_OCTET_STREAM_VALUE);
		boolean compress = COMPRESSED_TYPES.contains(contentType);
		if (contentType.startsWith("text/") || contentType.endsWith("javascript") || contentType.endsWith("+xml")) {
			contentType += ";charset=UTF-8";
		}
		this.hashedPaths.put(path, hashed);
		this.files.put(hashed, new StaticFile(contentType, bytes,
				compress ? gzip(bytes, Deflater.BEST_COMPRESSION) : null, "\"" + hash + "\""));
	}

	/**
	 * The address a page links for {@code path}: its hashed form for a static file, else
	 * {@code path} itself.
	 * @param path an address within the site
	 * @return the address to link
	 */
	public String link(String path) {
		String hashed = this.hashedPaths.get(path);
		return (hashed != null) ? hashed : path;
	}

	/** The file at a hashed address, or {@code null}. */
	StaticFile file(String hashedPath) {
		return this.files.get(hashedPath);
	}

	private static String hash(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 5);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The gzip form of {@code body}.
	 * @param body what to compress
	 * @param level the {@link Deflater} level: the best for files compressed once, the
	 * default (a few percent larger, several times faster) for pages
	 * @return the compressed bytes
	 */
	static byte[] gzip(byte[] body, int level) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 4 + 64);
		try (GZIPOutputStream gzip = new GZIPOutputStream(out, 8192) {
			{
				this.def.setLevel(level);
			}
		}) {
			gzip.write(body);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/**
	 * A static file in memory.
	 *
	 * @param contentType its type
	 * @param bytes its content
	 * @param gzipped its gzip form, or {@code null} for a type that does not compress
	 * @param etag its entity tag, quoted
	 */
	record StaticFile(String contentType, byte[] bytes, byte[] gzipped, String etag) {
	}

}
