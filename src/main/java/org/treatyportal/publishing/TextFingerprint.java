package org.treatyportal.publishing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.stream.Collectors;

/**
 * The SHA-256 of an original's text fields, which a translation records as
 * {@code based_on} to notice that the original changed since (ADR 18). Every translated
 * type, whatever its fields, fingerprints them the same way.
 */
public final class TextFingerprint {

	private TextFingerprint() {
	}

	/**
	 * The same fingerprint computed by PostgreSQL over columns, for queries that compare
	 * it with {@code based_on}.
	 * @param columns the columns (qualified as the query needs), in the order of
	 * {@link #of(String...)}
	 */
	public static String sql(String... columns) {
		return Arrays.stream(columns)
			.map((column) -> "convert_to(coalesce(" + column + ", ''), 'UTF8') || '\\x00'::bytea")
			.collect(Collectors.joining(" || ", "encode(sha256(", "), 'hex')"));
	}

	/**
	 * The fingerprint of the fields, in the order given; {@code null} counts as empty.
	 */
	public static String of(String... fields) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			for (String field : fields) {
				digest.update(((field != null) ? field : "").getBytes(StandardCharsets.UTF_8));
				digest.update((byte) 0);
			}
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
