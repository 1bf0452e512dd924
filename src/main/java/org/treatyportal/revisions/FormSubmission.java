package org.treatyportal.revisions;

import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/**
 * What an admin screen does with a submitted form, written once: shows the form again
 * with the field errors, with a rule's refusal on its field, or with the other person's
 * changes when the save was stale or lost a race; or goes where a successful save leads.
 * The form always comes back with everything the user typed.
 *
 * @param <T> the entity
 * @param binding the form's binding, with any validation errors
 * @param model the model of the form page
 * @param form shows the form page for the item as now saved ({@code null} for a new one)
 */
public record FormSubmission<T extends Revisioned>(BindingResult binding, Model model, Function<T, String> form) {

	/**
	 * Saves a new item.
	 * @param save saves it, may throw {@link FormRejection}
	 * @param saved where a successful save leads
	 */
	public String create(Supplier<T> save, Function<T, String> saved) {
		if (this.binding.hasErrors()) {
			return this.form.apply(null);
		}
		try {
			return saved.apply(save.get());
		}
		catch (FormRejection rejection) {
			reject(rejection);
			return this.form.apply(null);
		}
	}

	/**
	 * Saves an edit of an item.
	 * @param editor the item's editor, which describes a conflict
	 * @param formVersion the version the form was opened on
	 * @param current reads the item as now saved
	 * @param save saves the form over the item given, may throw {@link FormRejection} or
	 * {@link EditConflictException}
	 * @param saved where a successful save leads
	 */
	public String update(RevisionedEditor<T, ?> editor, long formVersion, Supplier<T> current, UnaryOperator<T> save,
			Function<T, String> saved) {
		T item = current.get();
		if (this.binding.hasErrors()) {
			return this.form.apply(item);
		}
		try {
			return saved.apply(save.apply(item));
		}
		catch (FormRejection rejection) {
			reject(rejection);
			return this.form.apply(current.get());
		}
		catch (EditConflictException conflict) {
			this.model.addAttribute("conflict", conflict.withChoicesFor(this.binding.getTarget()));
			return this.form.apply(current.get());
		}
		catch (OptimisticLockingFailureException raced) {
			T now = current.get();
			this.model.addAttribute("conflict",
					editor.conflict(now, formVersion).withChoicesFor(this.binding.getTarget()));
			return this.form.apply(now);
		}
	}

	private void reject(FormRejection rejection) {
		this.binding.rejectValue(rejection.getField(), rejection.getCode(), rejection.getArguments(), null);
	}

}
