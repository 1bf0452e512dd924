package org.treatyportal.pages;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.treatyportal.publishing.EditorialServices;
import org.treatyportal.publishing.EditorialType;
import org.treatyportal.publishing.EditorialWorkflow;
import org.treatyportal.revisions.ContentRef;
import org.treatyportal.revisions.FormRejection;

/**
 * The editorial workflow of static pages, and the order of the site menu.
 */
@Service
@Transactional
class PageEditor extends EditorialWorkflow<StaticPage, PageForm> {

	/** First path segments the site uses itself: no page may take them. */
	static final Set<String> RESERVED = Set.of("admin", "api", "actuator", "css", "js", "images", "files", "error",
			"login", "logout", "news", "press-releases", "events", "treaties", "countries", "documents", "search",
			"feeds", "sitemap", "robots", "favicon", "test-support", "account", "static", "webjars");

	static final String CONTENT_TYPE = "pages";

	private final PageRepository pages;

	PageEditor(EditorialServices services, PageRepository pages) {
		super(services, pages);
		this.pages = pages;
	}

	@Override
	public StaticPage newItem(EditorialType type) {
		return new StaticPage("", "", now());
	}

	/** The pages in the site menu, in order, whatever their state. */
	@Transactional(readOnly = true)
	List<StaticPage> menu() {
		return this.pages.findInMenu();
	}

	/** Moves a page one place up (towards the start) or down in the site menu. */
	void move(long id, boolean up) {
		List<StaticPage> menu = this.pages.findInMenu();
		for (int i = 0; i < menu.size(); i++) {
			if (menu.get(i).getId() == id) {
				int other = up ? i - 1 : i + 1;
				if (other >= 0 && other < menu.size()) {
					StaticPage page = menu.get(i);
					StaticPage neighbour = menu.get(other);
					Integer position = page.getMenuPosition();
					page.setMenuPosition(neighbour.getMenuPosition());
					neighbour.setMenuPosition(position);
					this.services.history().changed(content(page), "MENU_MOVE", page.getTitle());
				}
				return;
			}
		}
		throw new FormRejection("menu", "pages.menu.notInMenu");
	}

	@Override
	public ContentRef content(StaticPage page) {
		return new ContentRef(CONTENT_TYPE, page.getId());
	}

	@Override
	public String publicUrl(StaticPage page) {
		return "/" + page.getSlug();
	}

	@Override
	public PageForm newForm() {
		return new PageForm();
	}

	@Override
	protected boolean slugTaken(StaticPage page, String slug) {
		if (RESERVED.contains(slug)) {
			throw new FormRejection("slug", "pages.slug.reserved", slug);
		}
		return super.slugTaken(page, slug);
	}

	@Override
	protected void applyOwnFields(StaticPage page, PageForm form) {
		if (!form.isInMenu()) {
			page.setMenuPosition(null);
		}
		else if (page.getMenuPosition() == null) {
			page.setMenuPosition(this.pages.lastMenuPosition() + 1);
		}
		if (!form.isInFooter()) {
			page.setFooterPosition(null);
		}
		else if (page.getFooterPosition() == null) {
			page.setFooterPosition(this.pages.lastFooterPosition() + 1);
		}
	}

	@Override
	protected void fillOwnFields(PageForm form, StaticPage page) {
		form.setInMenu(page.getMenuPosition() != null);
		form.setInFooter(page.getFooterPosition() != null);
	}

	@Override
	protected void snapshotOwnFields(Map<String, String> fields, StaticPage page) {
		fields.put("inMenu", String.valueOf(page.getMenuPosition() != null));
		fields.put("inFooter", String.valueOf(page.getFooterPosition() != null));
	}

	@Override
	protected void restoreOwnFields(PageForm form, Map<String, String> fields) {
		form.setInMenu(Boolean.parseBoolean(fields.getOrDefault("inMenu", "false")));
		form.setInFooter(Boolean.parseBoolean(fields.getOrDefault("inFooter", "false")));
	}

}
