package org.treatyportal.documents;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.treatyportal.events.Event;
import org.treatyportal.events.EventChoice;
import org.treatyportal.files.FileStore;
import org.treatyportal.files.FileUpload;
import org.treatyportal.files.StoredFile;
import org.treatyportal.files.StoredFileInfo;
import org.treatyportal.files.UploadPolicy;
import org.treatyportal.files.UploadRejectedException;
import org.treatyportal.publishing.Author;
import org.treatyportal.publishing.EditorialServices;
import org.treatyportal.publishing.EditorialType;
import org.treatyportal.publishing.EditorialWorkflow;
import org.treatyportal.revisions.ContentRef;
import org.treatyportal.revisions.FormRejection;
import org.treatyportal.states.StateDirectory;

/**
 * The editorial workflow of documents: the shared one, plus the type, date, treaty, event
 * and countries, and the language files. A file chosen for a language adds a version of
 * it (its address stays the same; older versions are kept for editors); its text is read
 * for search. Files are checked before anything is saved, and stored with the document in
 * one transaction.
 */
@Service
@Transactional
class DocumentEditor extends EditorialWorkflow<Document, DocumentForm> {

	static final String CONTENT_TYPE = "documents";

	static final String ADMIN_PATH = "/admin/documents";

	/** Most events offered in the form's choice of an event, latest first. */
	static final int EVENT_CHOICES = 500;

	private static final Pattern ID = Pattern.compile("\\(#(\\d+)\\)\\s*$");

	private static final Pattern COUNTRY = Pattern.compile("\\(([A-Z]{2})\\)");

	private final DocumentRepository documents;

	private final DocumentFileRepository files;

	private final DocumentEvents events;

	private final FileStore fileStore;

	private final PdfTextExtractor extractor;

	private final StateDirectory countries;

	DocumentEditor(EditorialServices services, DocumentRepository documents, DocumentFileRepository files,
			DocumentEvents events, FileStore fileStore, PdfTextExtractor extractor, StateDirectory countries) {
		super(services, documents);
		this.documents = documents;
		this.files = files;
		this.events = events;
		this.fileStore = fileStore;
		this.extractor = extractor;
		this.countries = countries;
	}

	@Override
	public Document newItem(EditorialType type) {
		return new Document("", "", now());
	}

	/** The admin address of one version of a file: editors download any version there. */
	static String versionUrl(FileVersion file) {
		return ADMIN_PATH + "/" + file.documentId() + "/files/" + file.id();
	}

	/**
	 * Every version of every language of the document, by language, newest version first.
	 */
	@Transactional(readOnly = true)
	List<FileVersion> versions(Document document) {
		return (document.getId() != null) ? this.files.findVersions(document.getId()) : List.of();
	}

	/** One version of a file of the document, for editors. */
	@Transactional(readOnly = true)
	Optional<StoredFileInfo> version(long documentId, long versionId) {
		return this.files.findVersion(documentId, versionId).map((file) -> file.getFile().info());
	}

	/** The events a document can belong to, latest first. */
	@Transactional(readOnly = true)
	List<EventChoice> eventChoices() {
		return this.events.findChoices(PageRequest.of(0, EVENT_CHOICES));
	}

	/**
	 * Removes a language from the document, every version of its file with it, and
	 * records the change as a revision.
	 * @param version the document's version the editor saw when asking
	 */
	Document removeLanguage(Document document, String language, long version) {
		ContentRef content = content(document);
		requireCurrent(document, version, null);
		String tag = LanguageTags.canonical(language)
			.orElseThrow(() -> new FormRejection("language", "documents.language.notFound"));
		List<Long> fileIds = this.files.findFileIds(document.getId(), tag);
		if (fileIds.isEmpty()) {
			throw new FormRejection("language", "documents.language.notFound");
		}
		this.files.deleteLanguage(document.getId(), tag);
		fileIds.forEach(this.fileStore::delete);
		document.markUpdated(now(), currentUser());
		Document saved = saveItem(document);
		this.services.history()
			.saved(content, saved.getVersion(), fields(saved), "Removed the " + LanguageTags.label(tag) + " file",
					"REMOVE_FILE", saved.getTitle());
		return saved;
	}

	@Override
	public ContentRef content(Document document) {
		return new ContentRef(CONTENT_TYPE, document.getId());
	}

	@Override
	public String publicUrl(Document document) {
		return "/documents/" + document.getSlug();
	}

	@Override
	public DocumentForm newForm() {
		DocumentForm form = new DocumentForm();
		form.addNewRows();
		return form;
	}

	@Override
	public DocumentForm formFor(Document document) {
		DocumentForm form = super.formFor(document);
		form.addNewRows();
		return form;
	}

	/**
	 * Saves the document, then stores the files asked for in this save. The files are
	 * checked first: a refused one fails the save before anything is written, with the
	 * reason next to its row.
	 */
	@Override
	protected void deleteItem(Document document) {
		List<Long> fileIds = this.files.findFileIds(document.getId());
		this.files.deleteAllOf(document.getId());
		fileIds.forEach(this.fileStore::delete);
		super.deleteItem(document);
	}

	@Override
	protected Document saveItem(Document document) {
		List<LanguageFileChange> changes = document.takeFileChanges();
		List<LanguageFileChange> withFiles = changes.stream().filter(LanguageFileChange::hasFile).toList();
		List<FileUpload> uploads = new ArrayList<>();
		for (LanguageFileChange change : withFiles) {
			try {
				uploads.add(this.services.uploads()
					.validate(change.fileName(), change.size(), change.content(), UploadPolicy.ATTACHMENTS));
			}
			catch (UploadRejectedException rejected) {
				throw new FormRejection("files[" + change.row() + "].file", rejected.getCode(),
						rejected.getArguments());
			}
		}
		Document saved = this.documents.saveAndFlush(document);
		if (!uploads.isEmpty()) {
			storeFiles(saved, withFiles, uploads);
		}
		List<String> replaced = withFiles.stream().map(LanguageFileChange::language).toList();
		for (LanguageFileChange change : changes) {
			if (!change.hasFile() && !replaced.contains(change.language())) {
				this.files.findCurrent(saved.getId(), change.language())
					.ifPresent((current) -> current.setAuthentic(change.authentic()));
			}
		}
		this.files.flush();
		return saved;
	}

	private void storeFiles(Document document, List<LanguageFileChange> changes, List<FileUpload> uploads) {
		List<ExtractedText> texts = this.extractor.extract(uploads);
		Author uploader = currentUser();
		for (int i = 0; i < uploads.size(); i++) {
			LanguageFileChange change = changes.get(i);
			FileUpload upload = uploads.get(i);
			StoredFile stored = this.fileStore.store(upload);
			int version = this.files.findLastVersion(document.getId(), change.language()) + 1;
			this.files.retireCurrent(document.getId(), change.language());
			this.files.saveAndFlush(new DocumentFile(document.getId(), change.language(), change.authentic(), stored,
					version, texts.get(i), now(), (uploader != null) ? uploader.getId() : null));
			this.services.history()
				.changed(content(document), "UPLOAD", document.getTitle(),
						change.language() + ": " + upload.originalName() + " (version " + version + ")");
		}
	}

	@Override
	protected void applyOwnFields(Document document, DocumentForm form) {
		document.setType((form.getDocumentType() != null) ? form.getDocumentType() : DocumentType.OTHER);
		document.setDate(form.getDocumentDate());
		Integer treaty = form.getTreatyNumber();
		document.setTreatyNumber((treaty != null && treaty > 0) ? treaty : null);
		document.setEvent((form.getEventId() != null) ? this.events.findById(form.getEventId()).orElse(null) : null);
		document.getCountries().clear();
		for (String country : form.getCountries()) {
			String code = StateDirectory.normalise(country);
			if (this.countries.exists(code)) {
				document.getCountries().add(code);
			}
		}
		List<LanguageFileChange> changes = new ArrayList<>();
		List<LanguageFileRow> rows = form.getFiles();
		for (int i = 0; i < rows.size(); i++) {
			LanguageFileRow row = rows.get(i);
			Optional<String> tag = (row != null) ? LanguageTags.canonical(row.getLanguage()) : Optional.empty();
			if (tag.isEmpty()) {
				continue;
			}
			if (row.hasFile()) {
				changes.add(new LanguageFileChange(i, tag.get(), row.isAuthentic(), row.getFile().getOriginalFilename(),
						row.getFile().getSize(), row.getFile()));
			}
			else if (row.isExisting()) {
				changes.add(new LanguageFileChange(i, tag.get(), row.isAuthentic(), null, 0, null));
			}
		}
		document.requestFileChanges(changes);
	}

	@Override
	protected void fillOwnFields(DocumentForm form, Document document) {
		form.setDocumentType(document.getType());
		form.setDocumentDate(document.getDate());
		form.setTreatyNumber(document.getTreatyNumber());
		form.setEventId((document.getEvent() != null) ? document.getEvent().getId() : null);
		form.setCountries(document.getCountries().stream().sorted().collect(Collectors.toList()));
		List<LanguageFileRow> rows = new ArrayList<>();
		List<FileVersion> byName = currentFiles(document).stream()
			.sorted(Comparator.comparing(FileVersion::languageName))
			.toList();
		for (FileVersion file : byName) {
			rows.add(new LanguageFileRow(file.language(), file.authentic(), true));
		}
		form.setFiles(rows);
	}

	@Override
	protected void snapshotOwnFields(Map<String, String> fields, Document document) {
		fields.put("documentType", document.getType().name());
		fields.put("documentDate", (document.getDate() != null) ? document.getDate().toString() : "");
		fields.put("documentTreaty",
				(document.getTreatyNumber() != null) ? String.valueOf(document.getTreatyNumber()) : "");
		Event event = document.getEvent();
		fields.put("documentEvent", (event != null) ? event.getTitle() + " (#" + event.getId() + ")" : "");
		fields.put("documentCountries",
				document.getCountries()
					.stream()
					.sorted()
					.map((code) -> this.countries.name(code) + " (" + code + ")")
					.collect(Collectors.joining(", ")));
		fields.put("documentFiles",
				currentFiles(document).stream()
					.map((file) -> file.language() + ": " + file.fileName() + " (version " + file.version() + ", "
							+ (file.authentic() ? "authentic" : "unofficial") + ")")
					.collect(Collectors.joining("\n")));
	}

	@Override
	protected void restoreOwnFields(DocumentForm form, Map<String, String> fields) {
		try {
			form.setDocumentType(
					DocumentType.valueOf(fields.getOrDefault("documentType", form.getDocumentType().name())));
		}
		catch (IllegalArgumentException ex) {
			// A type that no longer exists: keep the current one.
		}
		try {
			String date = fields.getOrDefault("documentDate", "");
			form.setDocumentDate(date.isEmpty() ? null : LocalDate.parse(date));
		}
		catch (DateTimeParseException ex) {
			// Keep the current date.
		}
		String treaty = fields.getOrDefault("documentTreaty", "");
		form.setTreatyNumber(treaty.matches("\\d{1,5}") ? Integer.valueOf(treaty) : null);
		Matcher event = ID.matcher(fields.getOrDefault("documentEvent", ""));
		form.setEventId(event.find() ? Long.valueOf(event.group(1)) : null);
		List<String> countries = new ArrayList<>();
		Matcher country = COUNTRY.matcher(fields.getOrDefault("documentCountries", ""));
		while (country.find()) {
			countries.add(country.group(1));
		}
		form.setCountries(countries);
	}

	private List<FileVersion> currentFiles(Document document) {
		if (document.getId() == null) {
			return List.of();
		}
		return this.files.findCurrent(List.of(document.getId()))
			.stream()
			.sorted(Comparator.comparing(FileVersion::language))
			.toList();
	}

}
