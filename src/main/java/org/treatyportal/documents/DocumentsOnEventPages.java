package org.treatyportal.documents;

import java.util.List;

import org.springframework.stereotype.Component;

import org.treatyportal.events.EventDocuments;

/**
 * Puts the documents linked to an event on the event's page and its editing form.
 */
@Component
class DocumentsOnEventPages implements EventDocuments {

	private final DocumentService documents;

	DocumentsOnEventPages(DocumentService documents) {
		this.documents = documents;
	}

	@Override
	public List<DocumentSummary> visible(long eventId) {
		return this.documents.forEvent(eventId);
	}

	@Override
	public List<DocumentLink> all(long eventId) {
		return this.documents.allForEvent(eventId);
	}

}
