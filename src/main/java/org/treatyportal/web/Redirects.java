package org.treatyportal.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/**
 * Redirects that Spring's {@code redirect:} prefix cannot express.
 */
public final class Redirects {

	private Redirects() {
	}

	/** A 301 to a page's new address, for old URLs that other sites link to. */
	public static ModelAndView permanent(String url) {
		RedirectView view = new RedirectView(url, true);
		view.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
		view.setExposeModelAttributes(false);
		return new ModelAndView(view);
	}

}
