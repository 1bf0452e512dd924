package org.treatyportal.pages;

import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

import org.treatyportal.seo.PageMeta;
import org.treatyportal.web.Redirects;

/**
 * Static pages at {@code /{slug}}. Every fixed address of the site is more specific and
 * wins; page slugs cannot take them.
 */
@Controller
class PageController {

	private final PageService pages;

	PageController(PageService pages) {
		this.pages = pages;
	}

	@GetMapping("/{slug:[a-z0-9]+(?:-[a-z0-9]+)*}")
	ModelAndView page(@PathVariable String slug) {
		Optional<PageView> page = this.pages.find(slug);
		if (page.isPresent()) {
			PageView view = page.get();
			return new ModelAndView("pages/page", "page", view).addObject(PageMeta.MODEL_ATTRIBUTE,
					PageMeta
						.of(view.title(), PageMeta.firstNonBlank(view.summary(), PageMeta.text(view.body())),
								"/" + slug)
						.withVersions(view.versions()));
		}
		Optional<String> renamed = this.pages.renamedTo(slug);
		if (renamed.isPresent()) {
			return Redirects.permanent(renamed.get());
		}
		throw new ResponseStatusException(this.pages.isWithdrawn(slug) ? HttpStatus.GONE : HttpStatus.NOT_FOUND);
	}

}
