package org.treatyportal.documents;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the document library under {@code portal.documents.*}. The README lists
 * each one with its default.
 *
 * @param extraction limits of the text extraction from uploaded PDF files
 */
@ConfigurationProperties("portal.documents")
public record DocumentProperties(@DefaultValue Extraction extraction) {

	/**
	 * Limits of the text extraction from PDF files, so that no upload waits long or takes
	 * much memory, whatever the PDF holds.
	 *
	 * @param timeout the longest a save waits for the text of its files; a file not read
	 * by then is stored without text
	 * @param maxPages pages read from one file; the text of the rest is left out
	 * @param maxCharacters characters of text kept from one file
	 * @param maxMemory memory for one file's decoded contents; beyond it they go to a
	 * temporary file
	 * @param maxStorage decoded contents of one file, memory and temporary file together;
	 * a file that needs more is stored without text
	 * @param threads files read at once
	 */
	public record Extraction(@DefaultValue("5s") Duration timeout, @DefaultValue("500") int maxPages,
			@DefaultValue("1000000") int maxCharacters, @DefaultValue("16MB") DataSize maxMemory,
			@DefaultValue("256MB") DataSize maxStorage, @DefaultValue("2") int threads) {
	}

}
