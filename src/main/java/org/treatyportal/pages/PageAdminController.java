package org.treatyportal.pages;

import java.util.List;
import java.util.stream.Collectors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.treatyportal.publishing.AuthorRepository;
import org.treatyportal.publishing.EditorialAdminController;
import org.treatyportal.publishing.EditorialType;
import org.treatyportal.publishing.EditorialWorkflow;
import org.treatyportal.revisions.FormRejection;
import org.treatyportal.web.NavigationSection;

/**
 * The editors' screens for static pages ({@code /admin/pages}) and the order of the site
 * menu ({@code /admin/pages/menu}).
 */
@Controller
@RequestMapping("/admin/pages")
@NavigationSection("pages")
class PageAdminController extends EditorialAdminController<StaticPage, PageForm> {

	private static final EditorialType TYPE = new EditorialType(PageEditor.CONTENT_TYPE, "/admin/pages", "pages.title",
			"editorial.new.pages", "/", "pages/admin/fields");

	private final PageEditor editor;

	private final PageService pages;

	PageAdminController(AuthorRepository authors, PageEditor editor, PageService pages) {
		super(authors);
		this.editor = editor;
		this.pages = pages;
	}

	@ModelAttribute("type")
	EditorialType type() {
		return TYPE;
	}

	@GetMapping("/menu")
	String menu(Model model) {
		List<StaticPage> menu = this.editor.menu();
		model.addAttribute("menu", menu);
		model.addAttribute("statuses", menu.stream().collect(Collectors.toMap(StaticPage::getId, this.editor::status)));
		return "pages/admin/menu";
	}

	@PostMapping("/menu/{id}/{direction:up|down}")
	String move(@PathVariable long id, @PathVariable String direction, RedirectAttributes redirect) {
		try {
			this.editor.move(id, "up".equals(direction));
			redirect.addFlashAttribute("success", "pages.menu.moved");
		}
		catch (FormRejection rejection) {
			redirect.addFlashAttribute("failure", rejection.getCode());
		}
		return "redirect:/admin/pages/menu";
	}

	@Override
	protected EditorialWorkflow<StaticPage, PageForm> workflow() {
		return this.editor;
	}

	@Override
	protected String preview(StaticPage page, Model model) {
		model.addAttribute("page", this.pages.view(page));
		return "pages/page";
	}

}
