package org.treatyportal.publishing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/**
 * An account as editorial content names it: who wrote or last changed an item. A
 * read-only view of the users feature's accounts table, so that publishing does not
 * depend on that feature; accounts are created and changed there only.
 */
@Entity(name = "Author")
@Immutable
@Table(name = "app_user")
public class Author {

	@Id
	private Long id;

	@Column(nullable = false, insertable = false, updatable = false)
	private String email;

	@Column(name = "display_name", nullable = false, insertable = false, updatable = false)
	private String displayName;

	protected Author() {
	}

	public Long getId() {
		return this.id;
	}

	public String getEmail() {
		return this.email;
	}

	public String getDisplayName() {
		return this.displayName;
	}

}
