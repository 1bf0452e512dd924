package org.treatyportal.revisions;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import org.treatyportal.audit.AuditActors;

/**
 * Names a revision's author as people know them (the account's name today), for the
 * history pages; an author whose account is gone, or a save by nobody signed in, keeps
 * the e-mail address the revision recorded. Templates reach it as
 * {@code @revisionAuthors}.
 */
@Component("revisionAuthors")
public class RevisionAuthors {

	private final ObjectProvider<AuditActors> actors;

	RevisionAuthors(ObjectProvider<AuditActors> actors) {
		this.actors = actors;
	}

	/** The author's name, else the e-mail address recorded, else an empty text. */
	public String name(Revision revision) {
		AuditActors known = this.actors.getIfAvailable();
		if (revision.getAuthorId() != null && known != null) {
			return known.nameOf(revision.getAuthorId())
				.orElse((revision.getAuthorEmail() != null) ? revision.getAuthorEmail() : "");
		}
		return (revision.getAuthorEmail() != null) ? revision.getAuthorEmail() : "";
	}

}
