package org.treatyportal.documents;

import java.util.List;

import org.springframework.stereotype.Component;

import org.treatyportal.related.RelatedContent;
import org.treatyportal.related.RelatedLink;
import org.treatyportal.treaties.Treaty;
import org.treatyportal.treaties.TreatyText;
import org.treatyportal.treaties.TreatyTexts;

/**
 * Puts published documents on treaty pages (the texts and explanatory reports in every
 * language, and other documents about the treaty) and on country profiles.
 */
@Component
class DocumentsOnTreatyPages implements TreatyTexts, RelatedContent {

	private final DocumentService documents;

	DocumentsOnTreatyPages(DocumentService documents) {
		this.documents = documents;
	}

	@Override
	public List<TreatyText> of(Treaty treaty) {
		return this.documents.forTreaty(treaty.getNumber())
			.stream()
			.filter((document) -> isText(document.type()))
			.flatMap((document) -> document.languages()
				.stream()
				.map((version) -> new TreatyText(
						(document.type() == DocumentType.TREATY_TEXT) ? "TEXT" : "EXPLANATORY_REPORT", version.tag(),
						version.name(), version.authentic(), version.url())))
			.toList();
	}

	@Override
	public List<RelatedLink> forTreaty(int treatyNumber) {
		return links(this.documents.forTreaty(treatyNumber)
			.stream()
			.filter((document) -> !isText(document.type()))
			.toList());
	}

	@Override
	public List<RelatedLink> forCountry(String countryCode) {
		return links(this.documents.forCountry(countryCode));
	}

	private static boolean isText(DocumentType type) {
		return type == DocumentType.TREATY_TEXT || type == DocumentType.EXPLANATORY_REPORT;
	}

	private static List<RelatedLink> links(List<DocumentSummary> documents) {
		return documents.stream()
			.map((document) -> new RelatedLink("documents", document.title(), document.url(), document.date()))
			.toList();
	}

}
