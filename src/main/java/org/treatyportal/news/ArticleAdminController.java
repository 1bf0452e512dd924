package org.treatyportal.news;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.Validator;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

import org.treatyportal.publishing.AuthorRepository;
import org.treatyportal.publishing.EditorialAdminController;
import org.treatyportal.publishing.EditorialType;
import org.treatyportal.publishing.EditorialWorkflow;
import org.treatyportal.web.DatePrecision;

/**
 * The editors' screens for news items ({@code /admin/news}) and press releases
 * ({@code /admin/press-releases}), on the shared editorial screens.
 */
@Controller
@RequestMapping("/admin/{kind:news|press-releases}")
class ArticleAdminController extends EditorialAdminController<Article, ArticleForm> {

	private final ArticleEditor editor;

	private final ArticleService articles;

	ArticleAdminController(AuthorRepository authors, ArticleEditor editor, ArticleService articles) {
		super(authors);
		this.editor = editor;
		this.articles = articles;
	}

	@ModelAttribute("type")
	EditorialType type(@PathVariable("kind") String path) {
		return new EditorialType(path, "/admin/" + path, "kind." + path, "editorial.new." + path, "/" + path + "/",
				"news/admin/fields");
	}

	@Override
	protected Validator formValidator() {
		return new ArticleFormValidator();
	}

	@ModelAttribute("section")
	String section(@PathVariable("kind") String path) {
		return path;
	}

	@Override
	protected EditorialWorkflow<Article, ArticleForm> workflow() {
		return this.editor;
	}

	@Override
	protected String preview(Article article, Model model) {
		model.addAttribute("article", this.articles.preview(article));
		return "news/item";
	}

	@Override
	protected void addFormChoices(EditorialType type, ArticleForm form, Article item, Model model) {
		model.addAttribute("categories", this.editor.allCategories());
		model.addAttribute("datePrecisions", DatePrecision.values());
		model.addAttribute("publicationFields", "news/admin/date-precision");
	}

}
