package org.treatyportal.documents;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.Validator;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.treatyportal.files.FileCaching;
import org.treatyportal.files.FileResponses;
import org.treatyportal.files.StoredFileInfo;
import org.treatyportal.publishing.AuthorRepository;
import org.treatyportal.publishing.EditorialAdminController;
import org.treatyportal.publishing.EditorialType;
import org.treatyportal.publishing.EditorialWorkflow;
import org.treatyportal.publishing.ListFilter;
import org.treatyportal.revisions.EditConflictException;
import org.treatyportal.revisions.FormRejection;
import org.treatyportal.states.StateDirectory;
import org.treatyportal.web.NavigationSection;

/**
 * The editors' screens for the document library ({@code /admin/documents}), on the shared
 * editorial screens: the list filters by type, language and words of the files, the form
 * takes several language files at once, every version of a file can be downloaded, and a
 * language can be removed after a confirmation.
 */
@Controller
@RequestMapping(DocumentEditor.ADMIN_PATH)
@NavigationSection("documents")
class DocumentAdminController extends EditorialAdminController<Document, DocumentForm> {

	private static final EditorialType TYPE = new EditorialType(DocumentEditor.CONTENT_TYPE, DocumentEditor.ADMIN_PATH,
			"documents.title", "documents.new", "/documents/", "documents/admin/fields", "documents/admin/filters",
			false);

	private static final int MAX_TEXT_QUERY = 200;

	private final DocumentEditor editor;

	private final DocumentService documents;

	private final FileResponses responses;

	private final StateDirectory countries;

	DocumentAdminController(AuthorRepository authors, DocumentEditor editor, DocumentService documents,
			FileResponses responses, StateDirectory countries) {
		super(authors);
		this.editor = editor;
		this.documents = documents;
		this.responses = responses;
		this.countries = countries;
	}

	@ModelAttribute("type")
	EditorialType type() {
		return TYPE;
	}

	@Override
	protected Validator formValidator() {
		return new DocumentFormValidator(this.countries);
	}

	@GetMapping("/{id}/files/{versionId}")
	void version(@PathVariable long id, @PathVariable long versionId, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		StoredFileInfo file = this.editor.version(id, versionId)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		this.responses.serve(file, FileCaching.PRIVATE, request, response);
	}

	@GetMapping("/{id}/languages/{language}/remove")
	String confirmRemove(@PathVariable long id, @PathVariable String language, Model model) {
		Document document = this.editor.find(TYPE, id).orElseThrow();
		String tag = LanguageTags.canonical(language).orElseThrow();
		List<FileVersion> versions = this.editor.versions(document)
			.stream()
			.filter((file) -> file.language().equals(tag))
			.toList();
		if (versions.isEmpty()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		model.addAttribute("item", document);
		model.addAttribute("language", tag);
		model.addAttribute("languageName", LanguageTags.label(tag));
		model.addAttribute("versions", versions);
		return "documents/admin/remove";
	}

	@PostMapping("/{id}/languages/{language}/remove")
	String remove(@PathVariable long id, @PathVariable String language, @RequestParam long version,
			RedirectAttributes redirect) {
		Document document = this.editor.find(TYPE, id).orElseThrow();
		try {
			this.editor.removeLanguage(document, language, version);
			redirect.addFlashAttribute("success", "documents.language.removed");
			redirect.addFlashAttribute("successArgs", new Object[] { LanguageTags.label(language) });
		}
		catch (EditConflictException | OptimisticLockingFailureException conflict) {
			redirect.addFlashAttribute("failure", "editorial.staleAction");
		}
		catch (FormRejection rejection) {
			redirect.addFlashAttribute("failure", rejection.getCode());
		}
		return "redirect:" + TYPE.itemPath(id);
	}

	@Override
	protected EditorialWorkflow<Document, DocumentForm> workflow() {
		return this.editor;
	}

	@Override
	protected String preview(Document document, Model model) {
		model.addAttribute("document", this.documents.preview(document));
		return "documents/item";
	}

	@Override
	protected void addFormChoices(EditorialType type, DocumentForm form, Document item, Model model) {
		model.addAttribute("documentTypes", DocumentType.values());
		model.addAttribute("languageChoices", LanguageTags.choices());
		model.addAttribute("countryChoices", this.countries.names());
		model.addAttribute("eventChoices", this.editor.eventChoices());
		List<FileVersion> versions = (item != null) ? this.editor.versions(item) : List.of();
		model.addAttribute("currentVersions",
				versions.stream()
					.filter(FileVersion::current)
					.collect(Collectors.toMap(FileVersion::language, (version) -> version)));
		model.addAttribute("olderVersions",
				versions.stream()
					.filter((version) -> !version.current())
					.collect(Collectors.groupingBy(FileVersion::language)));
	}

	/**
	 * Filters by type ({@code documentType=PROGRAMME}), by a language the document has
	 * ({@code language=fr}) and by words of its files' text ({@code text=...}); values
	 * that mean nothing are ignored.
	 */
	@Override
	protected ListFilter<Document> listFilter(EditorialType type, Map<String, String> parameters, Model model) {
		DocumentType documentType = documentType(parameters.get("documentType"));
		String language = LanguageTags.canonical(parameters.get("language")).orElse(null);
		String text = parameters.get("text");
		text = (text == null || text.isBlank()) ? null : text.strip();
		if (text != null && text.length() > MAX_TEXT_QUERY) {
			text = text.substring(0, MAX_TEXT_QUERY);
		}
		model.addAttribute("documentTypes", DocumentType.values());
		model.addAttribute("languageChoices", LanguageTags.choices());
		model.addAttribute("filterType", documentType);
		model.addAttribute("filterLanguage", language);
		model.addAttribute("filterText", text);
		Specification<Document> specification = (root, query, builder) -> builder.conjunction();
		Map<String, String> kept = new LinkedHashMap<>();
		if (documentType != null) {
			specification = specification.and((root, query, builder) -> builder.equal(root.get("type"), documentType));
			kept.put("documentType", documentType.name());
		}
		if (language != null) {
			specification = specification.and(hasFile(language, null));
			kept.put("language", language);
		}
		if (text != null) {
			specification = specification.and(hasFile(null, text));
			kept.put("text", text);
		}
		return new ListFilter<>(specification, kept);
	}

	private static DocumentType documentType(String name) {
		try {
			return (name == null || name.isBlank()) ? null : DocumentType.valueOf(name);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/**
	 * Documents with a current file in the language and/or whose text holds the words.
	 */
	private static Specification<Document> hasFile(String language, String text) {
		return (root, query, builder) -> {
			Subquery<Long> files = query.subquery(Long.class);
			Root<DocumentFile> file = files.from(DocumentFile.class);
			var conditions = builder.and(builder.equal(file.get("documentId"), root.get("id")),
					builder.isTrue(file.get("current")));
			if (language != null) {
				conditions = builder.and(conditions, builder.equal(file.get("language"), language));
			}
			if (text != null) {
				String pattern = "%"
						+ text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
						+ "%";
				conditions = builder.and(conditions,
						builder.like(builder.lower(file.get("extractedText")), pattern, '\\'));
			}
			return builder.exists(files.select(file.get("id")).where(conditions));
		};
	}

}
