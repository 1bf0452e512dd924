package org.treatyportal.pages;

import org.treatyportal.publishing.EditorialForm;

/**
 * What an editor types into the page form: the editorial fields and whether the page is
 * in the site menu and linked in the footer.
 */
public class PageForm extends EditorialForm {

	private boolean inMenu;

	private boolean inFooter;

	public boolean isInMenu() {
		return this.inMenu;
	}

	public void setInMenu(boolean inMenu) {
		this.inMenu = inMenu;
	}

	public boolean isInFooter() {
		return this.inFooter;
	}

	public void setInFooter(boolean inFooter) {
		this.inFooter = inFooter;
	}

}
