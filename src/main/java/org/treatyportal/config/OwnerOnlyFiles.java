package org.treatyportal.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.Set;

/**
 * Files that hold a secret the site generated (a password, a key): readable and writable
 * only by the system user that runs the site, and written whole or not at all.
 */
public final class OwnerOnlyFiles {

	private static final FileAttribute<Set<PosixFilePermission>> OWNER_ONLY = PosixFilePermissions
		.asFileAttribute(PosixFilePermissions.fromString("rw-------"));

	private OwnerOnlyFiles() {
	}

	/**
	 * Writes the text, replacing the file, which never exists with other permissions nor
	 * half written: the text goes to a new owner-only file that then takes its place.
	 */
	public static void write(Path file, String text) throws IOException {
		Path folder = file.toAbsolutePath().getParent();
		Files.createDirectories(folder);
		Path staging = posix() ? Files.createTempFile(folder, ".writing-", ".tmp", OWNER_ONLY)
				: Files.createTempFile(folder, ".writing-", ".tmp");
		try {
			Files.writeString(staging, text, StandardCharsets.UTF_8);
			Files.move(staging, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		finally {
			Files.deleteIfExists(staging);
		}
	}

	/**
	 * A new file in the system's temporary folder holding the text; the caller deletes
	 * it.
	 */
	public static Path writeTemporary(String text) throws IOException {
		Path file = posix() ? Files.createTempFile("treaty-portal-", ".tmp", OWNER_ONLY)
				: Files.createTempFile("treaty-portal-", ".tmp");
		Files.writeString(file, text, StandardCharsets.UTF_8);
		return file;
	}

	/**
	 * The file's text without surrounding white space, or empty when there is no such
	 * file.
	 */
	public static Optional<String> read(Path file) throws IOException {
		if (!Files.isRegularFile(file)) {
			return Optional.empty();
		}
		return Optional.of(Files.readString(file, StandardCharsets.UTF_8).strip());
	}

	private static boolean posix() {
		return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
	}

}
