package org.treatyportal.publishing;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.multipart.MultipartFile;

import org.treatyportal.revisions.VersionedForm;

/**
 * The fields every editorial form has (title, address, summary, rich text, publication
 * time, revision note and the version the form was opened on). Each content type's form
 * extends it with its own fields. Never an entity: the workflow maps it, so a half-valid
 * form never touches the database.
 */
public class EditorialForm extends VersionedForm {

	@NotBlank
	@Size(max = 300)
	private String title;

	@Size(max = Slugs.MAX_LENGTH)
	@Pattern(regexp = "^$|" + Slugs.PATTERN, message = "{editorial.slug.invalid}")
	private String slug;

	@Size(max = 600)
	private String summary;

	@Size(max = 200_000)
	private String body;

	// What <input type="datetime-local"> sends and takes back: at most milliseconds.
	@DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm[:ss][.SSS]")
	private LocalDateTime publishAt;

	private List<MultipartFile> uploads = new ArrayList<>();

	private List<Long> removeAttachments = new ArrayList<>();

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

	/** Publication time in the site's time zone; empty means "now" when publishing. */
	public LocalDateTime getPublishAt() {
		return this.publishAt;
	}

	public void setPublishAt(LocalDateTime publishAt) {
		this.publishAt = publishAt;
	}

	/** Files to attach when the form is saved. */
	public List<MultipartFile> getUploads() {
		return this.uploads;
	}

	public void setUploads(List<MultipartFile> uploads) {
		this.uploads = (uploads != null) ? uploads : new ArrayList<>();
	}

	/** Ids of attached files to remove when the form is saved. */
	public List<Long> getRemoveAttachments() {
		return this.removeAttachments;
	}

	public void setRemoveAttachments(List<Long> removeAttachments) {
		this.removeAttachments = (removeAttachments != null) ? removeAttachments : new ArrayList<>();
	}

}
