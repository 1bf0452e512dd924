package org.treatyportal.revisions;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The revision history page and the restore action of every editable thing, written once:
 * an admin controller maps them under the item's address.
 */
public final class RevisionScreens {

	private RevisionScreens() {
	}

	/**
	 * The item's history page, comparing two revisions (by default the latest two).
	 * @param itemUrl the address of the item's form, which the page leads back to
	 */
	public static <T extends Revisioned> String show(Model model, RevisionedEditor<T, ?> editor, T item, Integer from,
			Integer to, String itemUrl) {
		model.addAttribute("label", editor.label(item));
		model.addAttribute("backUrl", itemUrl);
		model.addAttribute("history", editor.history(item, from, to));
		return "admin/revisions";
	}

	/**
	 * Restores a revision of the item and leads back to its form, saying whether it was
	 * restored or why not.
	 */
	public static <T extends Revisioned> String restore(RedirectAttributes redirect, RevisionedEditor<T, ?> editor,
			T item, int number, String itemUrl) {
		try {
			editor.restore(item, number);
			redirect.addFlashAttribute("success", "editorial.restored");
			redirect.addFlashAttribute("successArgs", new Object[] { number });
		}
		catch (FormRejection rejection) {
			redirect.addFlashAttribute("failure", rejection.getCode());
		}
		catch (EditConflictException | OptimisticLockingFailureException conflict) {
			redirect.addFlashAttribute("failure", "editorial.staleAction");
		}
		return "redirect:" + itemUrl;
	}

}
