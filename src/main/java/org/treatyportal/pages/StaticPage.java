package org.treatyportal.pages;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import org.hibernate.annotations.BatchSize;

import org.treatyportal.publishing.EditableContent;
import org.treatyportal.publishing.Translation;

/**
 * A static page at {@code /{slug}}, possibly in the site menu.
 */
@Entity
@Table(name = "page")
public class StaticPage extends EditableContent {

	// Each page in the page's language: translations load in batches.
	@ElementCollection
	@BatchSize(size = 50)
	@CollectionTable(name = "page_translation", joinColumns = @JoinColumn(name = "page_id"))
	@MapKeyColumn(name = "language")
	private Map<String, Translation> translations = new HashMap<>();

	@Column(name = "menu_position")
	private Integer menuPosition;

	@Column(name = "footer_position")
	private Integer footerPosition;

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

	/**
	 * Place among the footer's links, lowest first; {@code null} when the footer does not
	 * link the page.
	 */
	public Integer getFooterPosition() {
		return this.footerPosition;
	}

	public void setFooterPosition(Integer footerPosition) {
		this.footerPosition = footerPosition;
	}

	@Override
	protected Map<String, Translation> translations() {
		return this.translations;
	}

}
