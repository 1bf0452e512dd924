package org.treatyportal.pages;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.treatyportal.publishing.EditableContent;

/**
 * A static page at {@code /{slug}}, possibly in the site menu.
 */
@Entity
@Table(name = "page")
public class StaticPage extends EditableContent {

	@Column(name = "menu_position")
	private Integer menuPosition;

	protected StaticPage() {
	}

	public StaticPage(String slug, String title, Instant createdAt) {
		super(slug, title, createdAt);
	}

	/**
	 * Place in the site menu, lowest first; {@code null} when the page is not in the
	 * menu.
	 */
	public Integer getMenuPosition() {
		return this.menuPosition;
	}

	public void setMenuPosition(Integer menuPosition) {
		this.menuPosition = menuPosition;
	}

}
