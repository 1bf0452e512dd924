package org.treatyportal.publishing;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * One language's fields of an editorial form, other than the original's: its title, slug,
 * summary and rich text, whether the editor confirms that it follows the original as it
 * stands now, and whether to remove it. A version without a title is left out.
 */
public class TranslationForm {

	@Size(max = 300)
	private String title;

	@Size(max = Slugs.MAX_LENGTH)
	@Pattern(regexp = "^$|" + Slugs.PATTERN, message = "{editorial.slug.invalid}")
	private String slug;

	@Size(max = 600)
	private String summary;

	@Size(max = 200_000)
	private String body;

	private boolean confirmed;

	private boolean remove;

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getSlug() {
		return this.slug;
	}

	public void setSlug(String slug) {
		this.slug = slug;
	}

	public String getSummary() {
		return this.summary;
	}

	public void setSummary(String summary) {
		this.summary = summary;
	}

	public String getBody() {
		return this.body;
	}

	public void setBody(String body) {
		this.body = body;
	}

	/** Whether the editor confirms that this version follows the original as it is. */
	public boolean isConfirmed() {
		return this.confirmed;
	}

	public void setConfirmed(boolean confirmed) {
		this.confirmed = confirmed;
	}

	/** Whether to remove this language's version. */
	public boolean isRemove() {
		return this.remove;
	}

	public void setRemove(boolean remove) {
		this.remove = remove;
	}

	/** Whether the form leaves this language out: no title, or removal asked for. */
	public boolean isLeftOut() {
		return this.remove || this.title == null || this.title.isBlank();
	}

}
