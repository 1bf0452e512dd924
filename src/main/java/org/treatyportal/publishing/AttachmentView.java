package org.treatyportal.publishing;

import java.util.Locale;

/**
 * A file attached to an item, as pages list it.
 *
 * @param fileId the stored file's id
 * @param name the original file name
 * @param format short name of its format, e.g. {@code PDF}
 * @param size its size in bytes
 * @param image whether it is an image that can be placed in the text
 * @param url its address, checked against the item's visibility when fetched
 */
public record AttachmentView(long fileId, String name, String format, long size, boolean image, String url) {

	/** The size for people: {@code 850 KB}, {@code 2.4 MB}. */
	public String sizeLabel() {
		if (this.size < 1024) {
			return this.size + " B";
		}
		if (this.size < 1024 * 1024) {
			return Math.round(this.size / 1024.0) + " KB";
		}
		return String.format(Locale.ROOT, "%.1f MB", this.size / (1024.0 * 1024.0));
	}

}
