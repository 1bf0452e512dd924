package org.treatyportal.documents;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.UriComponentsBuilder;

import org.treatyportal.files.FileCaching;
import org.treatyportal.files.FileResponses;
import org.treatyportal.files.StoredFileInfo;
import org.treatyportal.seo.PageMeta;
import org.treatyportal.web.NavigationSection;
import org.treatyportal.web.Pagination;
import org.treatyportal.web.Redirects;

/**
 * The public document library: the list ({@code /documents}), a document's page with its
 * languages ({@code /documents/{slug}}) and, at a stable address, its current file in a
 * language ({@code /documents/{slug}/{lang}}).
 */
@Controller
@NavigationSection("documents")
class DocumentController {

	private final DocumentService documents;

	private final FileResponses responses;

	DocumentController(DocumentService documents, FileResponses responses) {
		this.documents = documents;
		this.responses = responses;
	}

	@GetMapping("/documents")
	String list(@RequestParam(required = false) String type, @RequestParam(defaultValue = "1") int page, Model model) {
		DocumentType documentType = null;
		if (type != null && !type.isEmpty()) {
			documentType = DocumentType.fromSlug(type)
				.orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST));
		}
		if (page < 1) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
		DocumentType filter = documentType;
		Page<DocumentSummary> result = this.documents.list(filter, page - 1);
		model.addAttribute("documents", result);
		model.addAttribute("filterType", filter);
		model.addAttribute("documentTypes", DocumentType.values());
		model.addAttribute("pagination", Pagination.of(result, (number) -> listUrl(filter, number)));
		model.addAttribute(PageMeta.MODEL_ATTRIBUTE,
				PageMeta.fromMessages("meta.documents.title", "meta.documents.description", "/documents"));
		return "documents/list";
	}

	@GetMapping("/documents/{slug}")
	ModelAndView document(@PathVariable String slug) {
		Optional<DocumentDetail> document = this.documents.find(slug);
		if (document.isPresent()) {
			DocumentDetail detail = document.get();
			return new ModelAndView("documents/item",
					Map.of("document", detail, PageMeta.MODEL_ATTRIBUTE,
							PageMeta.of(detail.title(), detail.description(), "/documents/" + slug)
								.withVersions(detail.versions())));
		}
		return elsewhere(slug, "");
	}

	@GetMapping("/documents/{slug}/{language}")
	ModelAndView file(@PathVariable String slug, @PathVariable String language, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		Optional<StoredFileInfo> file = this.documents.currentFile(slug, language);
		if (file.isPresent()) {
			this.responses.serve(file.get(), FileCaching.REVALIDATE, request, response);
			return null;
		}
		if (LanguageTags.canonical(language).isEmpty()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return elsewhere(slug, "/" + URLEncoder.encode(language, StandardCharsets.UTF_8));
	}

	/** A renamed document's new address (301), a withdrawn one's 410, or 404. */
	private ModelAndView elsewhere(String slug, String rest) {
		Optional<String> renamed = this.documents.renamedTo(slug);
		if (renamed.isPresent()) {
			return Redirects.permanent(renamed.get() + rest);
		}
		throw new ResponseStatusException(this.documents.isWithdrawn(slug) ? HttpStatus.GONE : HttpStatus.NOT_FOUND);
	}

	private static String listUrl(DocumentType type, int page) {
		UriComponentsBuilder url = UriComponentsBuilder.fromPath("/documents");
		if (type != null) {
			url.queryParam("type", type.slug());
		}
		if (page > 1) {
			url.queryParam("page", page);
		}
		return url.build().toUriString();
	}

}
