package org.treatyportal.publishing;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.web.multipart.MultipartFile;

import org.treatyportal.revisions.VersionedForm;

/**
 * The fields every editorial form has (title, address, summary, rich text, publication
 * time, revision note and the version the form was opened on), the language the item is
 * written in, and its versions in the site's other languages. Each content type's form
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

	private LocalDateTime publishAt;

	@Size(max = 8)
	private String language;

	private Map<String, @Valid TranslationForm> translations = new LinkedHashMap<>();

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

	/**
	 * The language the original is written in: chosen on a new item ("Written in"), fixed
	 * afterwards.
	 */
	public String getLanguage() {
		return this.language;
	}

	public void setLanguage(String language) {
		this.language = language;
	}

	/**
	 * The item's versions in the site's other languages, by language code
	 * ({@code translations[fr].title}). A language the form does not carry is left as it
	 * is.
	 */
	public Map<String, TranslationForm> getTranslations() {
		return this.translations;
	}

	public void setTranslations(Map<String, TranslationForm> translations) {
		this.translations = (translations != null) ? translations : new LinkedHashMap<>();
	}

	/** The form's fields in one language other than the original, created if missing. */
	public TranslationForm translation(String language) {
		return this.translations.computeIfAbsent(language, (key) -> new TranslationForm());
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
